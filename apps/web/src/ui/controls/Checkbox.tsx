import type { ComponentProps } from 'react';
import { joinClassNames } from '../class-names';

interface CheckboxProps extends Omit<ComponentProps<'input'>, 'type'> {
  label: string;
}

export function Checkbox({ label, className, ...rest }: CheckboxProps) {
  return (
    <label className={joinClassNames('inline-flex cursor-pointer items-center gap-2 text-base', className)}>
      <input type="checkbox" className="size-4 rounded-control accent-accent" {...rest} />
      {label}
    </label>
  );
}
