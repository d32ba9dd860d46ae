import { computeInitials } from './avatar-initials';
import { joinClassNames } from '../class-names';

interface AvatarProps {
  name: string;
  /** A photo or logo (e.g. `/api/v1/images/<id>`); initials are shown without one. */
  imageUrl?: string | null | undefined;
  /** `square` for accounts and teams, `round` for people. */
  shape?: 'round' | 'square';
  size?: 'md' | 'lg';
}

const SIZES = { md: 'size-7 text-xs', lg: 'size-16 text-xl' } as const;

/** A photo, or initials in a coloured tile; decorative, so the name must also be given as text nearby. */
export function Avatar({ name, imageUrl, shape = 'round', size = 'md' }: AvatarProps) {
  const rounding = shape === 'round' ? 'rounded-full' : 'rounded-control';
  if (imageUrl) {
    // A photo fills its circle; a logo keeps its proportions inside the tile.
    const fit = shape === 'round' ? 'object-cover' : 'object-contain';
    return <img src={imageUrl} alt="" aria-hidden="true" className={joinClassNames('shrink-0 bg-sunken', fit, SIZES[size], rounding)} />;
  }
  return (
    <span
      aria-hidden="true"
      className={joinClassNames(
        'flex shrink-0 items-center justify-center font-semibold',
        SIZES[size],
        rounding,
        shape === 'round' ? 'bg-accent-subtle text-accent-fg' : 'bg-accent text-on-accent',
      )}
    >
      {computeInitials(name)}
    </span>
  );
}
