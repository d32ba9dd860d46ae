import type { LucideIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { buttonClassName, type ButtonSize, type ButtonVariant } from './button-styles';

export interface IconButtonProps extends Omit<ComponentProps<'button'>, 'children'> {
  icon: LucideIcon;
  /** Read by screen readers and shown as a tooltip: icon-only controls always need one. */
  label: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function IconButton({ icon: Icon, label, variant = 'ghost', size = 'md', className, type = 'button', ...rest }: IconButtonProps) {
  const square = size === 'sm' ? 'w-7 px-0' : 'w-9 px-0';
  return (
    <button
      type={type}
      aria-label={label}
      title={label}
      className={buttonClassName({ variant, size, className: [square, className].filter(Boolean).join(' ') })}
      {...rest}
    >
      <Icon aria-hidden="true" className="size-4" />
    </button>
  );
}
