import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import type { UserSortField } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { Select } from '../../../ui/controls/Select';
import { rolesQueryOptions } from '../../roles';
import { useMe } from '../../session';
import { USER_STATUSES, type UserFilters as Filters } from '../api/users-api';

interface UserFiltersProps {
  search: string;
  onSearch: (value: string) => void;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

const SORTS = ['name', 'email', '-createdAt', '-lastLoginAt'] as const satisfies readonly (UserSortField | `-${UserSortField}`)[];

/** Search (typed text, debounced by the page), status, role and order of the list. */
export function UserFilters({ search, onSearch, filters, onChange }: UserFiltersProps) {
  const t = useT();
  const me = useMe();
  const roles = useQuery(rolesQueryOptions(me.account.id));
  const statusOptions = [{ value: '', label: t('users.filter.anyStatus') }, ...USER_STATUSES.map((status) => ({ value: status, label: t(`users.status.${status}`) }))];
  const roleOptions = [{ value: '', label: t('users.filter.anyRole') }, ...(roles.data ?? []).map((role) => ({ value: role.id, label: role.name }))];
  const sortOptions = SORTS.map((sort) => ({ value: sort, label: t(`users.sort.${sort}`) }));
  return (
    <div role="search" aria-label={t('users.filter.label')} className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
      <Field label={t('users.filter.search')}>
        {(control) => (
          <div className="relative">
            <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-muted" />
            <Input {...control} type="search" className="pl-8" value={search} placeholder={t('users.filter.searchPlaceholder')} onChange={(event) => { onSearch(event.target.value); }} />
          </div>
        )}
      </Field>
      <Field label={t('users.filter.status')}>
        {(control) => <Select {...control} options={statusOptions} value={filters.status} onChange={(event) => { onChange({ ...filters, status: event.target.value as Filters['status'] }); }} />}
      </Field>
      <Field label={t('users.filter.role')}>
        {(control) => <Select {...control} options={roleOptions} value={filters.roleId} onChange={(event) => { onChange({ ...filters, roleId: event.target.value }); }} />}
      </Field>
      <Field label={t('users.filter.sort')}>
        {(control) => <Select {...control} options={sortOptions} value={filters.sort} onChange={(event) => { onChange({ ...filters, sort: event.target.value as Filters['sort'] }); }} />}
      </Field>
    </div>
  );
}
