import { joinClassNames } from '../class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-on-accent hover:bg-accent-hover border-transparent',
  secondary: 'bg-raised text-fg border-border-strong hover:bg-hover',
  ghost: 'bg-transparent text-fg border-transparent hover:bg-hover',
  danger: 'bg-danger text-on-danger hover:bg-danger-hover border-transparent',
};

const SIZES: Record<ButtonSize, string> = {
  sm: 'h-7 px-2 gap-1.5 text-sm',
  md: 'h-9 px-3 gap-2 text-base',
};

/** Classes of a button, also for links that look like one (`<Link className={buttonClassName()}>`). */
export function buttonClassName(
  options: { variant?: ButtonVariant; size?: ButtonSize; className?: string | undefined } = {},
): string {
  const { variant = 'secondary', size = 'md', className } = options;
  return joinClassNames(
    'inline-flex shrink-0 items-center justify-center rounded-control border font-medium whitespace-nowrap',
    'transition-colors select-none disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-wait',
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}
