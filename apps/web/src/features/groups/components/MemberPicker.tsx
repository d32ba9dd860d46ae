import { useQuery } from '@tanstack/react-query';
import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { TextField } from '../../../ui/controls/TextField';
import { searchUsers } from '../api/groups-api';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';

interface MemberPickerProps {
  /** People already in the group, not offered again. */
  memberIds: ReadonlySet<string>;
  isAdding: boolean;
  onAdd: (userId: string) => void;
}

/** Search the account's people by name or e-mail and add one to the group. */
export function MemberPicker({ memberIds, isAdding, onAdd }: MemberPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useQuery({
    queryKey: ['users', 'search', q],
    queryFn: ({ signal }) => searchUsers(q, signal),
    enabled: q.length > 0,
  });
  const candidates = (results.data ?? []).filter((user) => !memberIds.has(user.id));

  return (
    <div className="flex flex-col gap-2">
      <TextField label={t('groups.addMember')} type="search" value={search} placeholder={t('groups.searchPeople')} autoComplete="off"
        onChange={(event) => { setSearch(event.target.value); }} />
      <div aria-live="polite">
        {q.length === 0 ? null : results.isError ? (
          <p className="text-sm text-danger">{describeError(results.error, t).title}</p>
        ) : results.isPending ? null : candidates.length === 0 ? (
          <p className="text-sm text-fg-muted">{t('groups.noPeopleFound')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {candidates.map((user) => (
              <li key={user.id} className="flex items-center justify-between gap-2 rounded-control px-2 py-1 hover:bg-hover">
                <span className="min-w-0 truncate text-sm">{user.name} <span className="text-fg-muted">· {user.email}</span></span>
                <Button size="sm" icon={UserPlus} isLoading={isAdding} aria-label={t('groups.addNamed', { name: user.name })}
                  onClick={() => { onAdd(user.id); setSearch(''); }}>
                  {t('groups.add')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
