import { computeInitials } from './avatar-initials';
import { joinClassNames } from '../class-names';

interface AvatarProps {
  name: string;
  /** `square` for accounts and teams, `round` for people. */
  shape?: 'round' | 'square';
}

/** Initials in a coloured tile; decorative, so the name must also be given as text nearby. */
export function Avatar({ name, shape = 'round' }: AvatarProps) {
  return (
    <span
      aria-hidden="true"
      className={joinClassNames(
        'flex size-7 shrink-0 items-center justify-center text-xs font-semibold',
        shape === 'round' ? 'rounded-full bg-accent-subtle text-accent-fg' : 'rounded-control bg-accent text-on-accent',
      )}
    >
      {computeInitials(name)}
    </span>
  );
}
