import { useQuery } from '@tanstack/react-query';
import { Filter, X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { AuditFacets } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Input } from '../../../ui/controls/Input';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { auditFacetsQueryOptions } from '../api/audit-query';
import { actionSuggestions, hasFilters, type AuditFilters } from '../audit-filters';

interface AuditFilterBarProps {
  accountId: string;
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

const NO_FACETS: AuditFacets = { actions: [], resourceTypes: [], actors: [] };

/** Actor, action (exact or `prefix.*`), resource and date range; applied together, kept in the URL. */
export function AuditFilterBar({ accountId, filters, onApply }: AuditFilterBarProps) {
  const t = useT();
  const facets = useQuery(auditFacetsQueryOptions(accountId)).data ?? NO_FACETS;
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const set = (key: keyof AuditFilters) => (value: string) => { setDraft((current) => ({ ...current, [key]: value })); };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft({});
    onApply({});
  };
  const actorOptions = [{ value: '', label: t('audit.filter.anyone') }, ...facets.actors.map((actor) => ({ value: actor.id, label: actor.name ? `${actor.name} (${actor.email ?? ''})` : actor.email ?? actor.id }))];
  if (draft.actorId && !facets.actors.some((actor) => actor.id === draft.actorId)) actorOptions.push({ value: draft.actorId, label: draft.actorId });
  const resourceOptions = [{ value: '', label: t('audit.filter.anyResource') }, ...facets.resourceTypes.map((type) => ({ value: type, label: type }))];

  return (
    <form role="search" aria-label={t('audit.filter.label')} onSubmit={submit} className="grid grid-cols-1 gap-3 rounded-card border border-border bg-raised p-4 sm:grid-cols-2 lg:grid-cols-3">
      <Field label={t('audit.filter.actor')}>
        {(control) => <Select {...control} options={actorOptions} value={draft.actorId ?? ''} onChange={(event) => { set('actorId')(event.target.value); }} />}
      </Field>
      <ActionInput value={draft.action ?? ''} suggestions={actionSuggestions(facets.actions)} onChange={set('action')} />
      <Field label={t('audit.filter.resourceType')}>
        {(control) => <Select {...control} options={resourceOptions} value={draft.resourceType ?? ''} onChange={(event) => { set('resourceType')(event.target.value); }} />}
      </Field>
      <TextField label={t('audit.filter.resourceId')} value={draft.resourceId ?? ''} spellCheck={false} onChange={(event) => { set('resourceId')(event.target.value); }} />
      <TextField label={t('audit.filter.from')} type="date" value={draft.from ?? ''} max={draft.to} onChange={(event) => { set('from')(event.target.value); }} />
      <TextField label={t('audit.filter.to')} type="date" value={draft.to ?? ''} min={draft.from} onChange={(event) => { set('to')(event.target.value); }} />
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" variant="primary" icon={Filter}>{t('audit.filter.apply')}</Button>
        {(hasFilters(filters) || hasFilters(draft)) && <Button icon={X} onClick={clear}>{t('audit.filter.clear')}</Button>}
      </div>
    </form>
  );
}

function ActionInput({ value, suggestions, onChange }: { value: string; suggestions: readonly string[]; onChange: (value: string) => void }) {
  const t = useT();
  const listId = useId();
  return (
    <Field label={t('audit.filter.action')} hint={t('audit.filter.actionHint')}>
      {(control) => (
        <>
          <Input {...control} list={listId} autoComplete="off" spellCheck={false} value={value} placeholder="user.*" onChange={(event) => { onChange(event.target.value); }} />
          <datalist id={listId}>{suggestions.map((suggestion) => <option key={suggestion} value={suggestion} />)}</datalist>
        </>
      )}
    </Field>
  );
}
