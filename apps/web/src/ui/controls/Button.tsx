import type { LucideIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button-styles';
import { Spinner } from '../feedback/Spinner';

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  icon?: LucideIcon;
  /** Shows a spinner and blocks clicks while the action runs. */
  isLoading?: boolean;
}

export function Button({
  variant,
  size,
  icon: Icon,
  isLoading = false,
  className,
  type = 'button',
  disabled,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  // While loading, the button stays focusable (disabling it would drop focus to <body>) but
  // ignores clicks and submits.
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size, className })}
      disabled={disabled}
      aria-disabled={isLoading || undefined}
      aria-busy={isLoading || undefined}
      {...rest}
      onClick={(event) => {
        if (isLoading) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {isLoading ? <Spinner /> : Icon && <Icon aria-hidden="true" className="size-4" />}
      {children}
    </button>
  );
}
