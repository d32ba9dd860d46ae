import type { TeamRoleRef } from '@flowforge/contracts';

/** A team role as a badge with its colour as a dot (the name carries the meaning, not the colour). */
export function RoleBadge({ role }: { role: Pick<TeamRoleRef, 'name' | 'color'> }) {
  return (
    <span className="inline-flex h-5 items-center gap-1.5 rounded-full bg-hover px-2 text-xs font-medium whitespace-nowrap text-fg">
      <span aria-hidden="true" style={{ backgroundColor: role.color }} className="size-2 rounded-full" />
      {role.name}
    </span>
  );
}
