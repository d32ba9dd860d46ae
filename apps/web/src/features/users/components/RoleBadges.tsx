import type { UserRoleRef } from '@flowforge/contracts';
import { Badge } from '../../../ui/display/Badge';
import { RoleSwatch } from '../../roles';

/** A user's roles: each a badge with the role's colour as a dot (the text keeps its contrast). */
export function RoleBadges({ roles }: { roles: readonly UserRoleRef[] }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <li key={role.id}>
          <Badge>
            <span className="inline-flex items-center gap-1.5">
              <RoleSwatch color={role.color} />
              {role.name}
            </span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
