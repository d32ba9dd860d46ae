import type { ComponentProps } from 'react';
import { joinClassNames } from '../class-names';

export const CONTROL_CLASS_NAME = joinClassNames(
  'h-9 w-full rounded-control border border-border-strong bg-canvas px-3 text-base text-fg',
  'placeholder:text-fg-muted disabled:cursor-not-allowed disabled:opacity-60',
  'aria-invalid:border-danger',
);

export function Input({ className, type = 'text', ...rest }: ComponentProps<'input'>) {
  return <input type={type} className={joinClassNames(CONTROL_CLASS_NAME, className)} {...rest} />;
}
