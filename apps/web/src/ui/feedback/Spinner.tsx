import { LoaderCircle } from 'lucide-react';
import { joinClassNames } from '../class-names';

interface SpinnerProps {
  /** When given, the spinner is announced (role="status"); without it, it is decoration. */
  label?: string | undefined;
  className?: string;
}

export function Spinner({ label, className }: SpinnerProps) {
  const icon = (
    <LoaderCircle aria-hidden="true" className={joinClassNames('size-4 motion-safe:animate-spin', className)} />
  );
  if (label === undefined) return icon;
  return (
    <span role="status" className="inline-flex items-center">
      {icon}
      <span className="sr-only">{label}</span>
    </span>
  );
}
