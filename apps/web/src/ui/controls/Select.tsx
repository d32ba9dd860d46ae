import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';
import { joinClassNames } from '../class-names';
import { CONTROL_CLASS_NAME } from './Input';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends Omit<ComponentProps<'select'>, 'children'> {
  options: readonly SelectOption[];
}

/** A native select (keyboard, screen readers and mobile pickers for free), styled like Input. */
export function Select({ options, className, ...rest }: SelectProps) {
  return (
    <div className={joinClassNames('relative', className)}>
      <select className={joinClassNames(CONTROL_CLASS_NAME, 'appearance-none pr-8')} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-fg-muted"
      />
    </div>
  );
}
