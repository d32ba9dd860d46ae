import { useState, type FormEvent } from 'react';
import type { Group } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { Select } from '../../../ui/controls/Select';
import { TextField } from '../../../ui/controls/TextField';
import { joinClassNames } from '../../../ui/class-names';
import { Alert } from '../../../ui/feedback/Alert';
import { useToast } from '../../../ui/feedback/useToast';
import { draftFromGroup, groupFieldErrors, toggleRole, validateGroupDraft, type GroupDraft } from '../group-form';
import { listParentCandidates } from '../group-tree';
import { useSaveGroup } from '../hooks/useSaveGroup';
import { RolePicker } from './RolePicker';
import { RuleEditor } from './RuleEditor';

interface GroupFormProps {
  group: Group | undefined;
  groups: readonly Group[];
  isReadOnly: boolean;
  onDone: () => void;
}

// An em space per level indents sub-groups in the parent list (options cannot hold markup).
const INDENT = '\u2003';

function FormButtons({ isNew, isPending, onCancel }: { isNew: boolean; isPending: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="sticky bottom-0 flex justify-end gap-2 border-t border-border bg-raised py-3">
      <Button variant="ghost" onClick={onCancel}>{t('groups.cancel')}</Button>
      <Button type="submit" variant="primary" isLoading={isPending}>{isNew ? t('groups.create') : t('groups.save')}</Button>
    </div>
  );
}

/** Name, description, type and rule, parent and roles of a group. */
export function GroupForm({ group, groups, isReadOnly, onDone }: GroupFormProps) {
  const t = useT();
  const { showToast } = useToast();
  const [draft, setDraft] = useState<GroupDraft>(() => draftFromGroup(group));
  const [isSubmitted, setIsSubmitted] = useState(false);
  const mutation = useSaveGroup(group, (saved) => {
    showToast({ tone: 'success', title: t(group ? 'groups.saved' : 'groups.created', { name: saved.name }) });
    onDone();
  });
  const local = isSubmitted ? validateGroupDraft(draft) : {};
  const server = groupFieldErrors(mutation.error);
  const parentOptions = [
    { value: '', label: t('groups.noParent') },
    ...listParentCandidates(groups, group?.id).map((row) => ({ value: row.group.id, label: `${INDENT.repeat(row.depth)}${row.group.name}` })),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (Object.keys(validateGroupDraft(draft)).length === 0) mutation.mutate(draft);
  };
  const problem = mutation.isError ? describeError(mutation.error, t) : undefined;

  return (
    <form className="flex flex-col gap-4" noValidate onSubmit={submit}>
      {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
      <fieldset disabled={isReadOnly} className="flex flex-col gap-4">
        <TextField label={t('groups.field.name')} value={draft.name} maxLength={100} required autoComplete="off"
          error={local.name ? t('groups.error.nameRequired') : server.name} onChange={(event) => { setDraft({ ...draft, name: event.target.value }); }} />
        <Field label={t('groups.field.description')} error={server.description}>
          {(control) => (
            <textarea {...control} rows={2} maxLength={500} value={draft.description} className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto py-2')}
              onChange={(event) => { setDraft({ ...draft, description: event.target.value }); }} />
          )}
        </Field>
        <Field label={t('groups.field.type')} hint={t(draft.type === 'dynamic' ? 'groups.typeDynamicHint' : 'groups.typeStaticHint')} error={server.type}>
          {(control) => (
            <Select {...control} value={draft.type} options={[{ value: 'static', label: t('groups.type.static') }, { value: 'dynamic', label: t('groups.type.dynamic') }]}
              onChange={(event) => { setDraft({ ...draft, type: event.target.value === 'dynamic' ? 'dynamic' : 'static' }); }} />
          )}
        </Field>
        {draft.type === 'dynamic' && (
          <RuleEditor value={draft.rule} error={local.rule ? t('groups.error.ruleRequired') : server.rule} onChange={(rule) => { setDraft((current) => ({ ...current, rule })); }} />
        )}
        <Field label={t('groups.field.parent')} hint={t('groups.parentHint')} error={server.parentId}>
          {(control) => (
            <Select {...control} value={draft.parentId ?? ''} options={parentOptions}
              onChange={(event) => { setDraft({ ...draft, parentId: event.target.value === '' ? null : event.target.value }); }} />
          )}
        </Field>
        <RolePicker selectedIds={draft.roleIds} error={server.roleIds} onToggle={(roleId, isOn) => { setDraft((current) => toggleRole(current, roleId, isOn)); }} />
      </fieldset>
      {!isReadOnly && <FormButtons isNew={group === undefined} isPending={mutation.isPending} onCancel={onDone} />}
    </form>
  );
}
