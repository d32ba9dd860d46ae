import { useState } from 'react';
import { useLocale, useT } from '../../../../lib/i18n';
import { formatDateTime, formatRelativeTime } from '../../../../lib/relative-time';
import { Button } from '../../../../ui/controls/Button';
import { Badge } from '../../../../ui/display/Badge';
import { Table, type TableColumn } from '../../../../ui/display/Table';
import type { Passkey } from '../../api/passkeys-api';
import { RemovePasskeyDialog } from './RemovePasskeyDialog';
import { RenamePasskeyDialog } from './RenamePasskeyDialog';

type Editing = { kind: 'rename' | 'remove'; passkey: Passkey } | null;

function Timestamp({ at, now }: { at: string; now: number }) {
  const locale = useLocale();
  const time = Date.parse(at);
  return <time dateTime={at} title={formatDateTime(time, locale)}>{formatRelativeTime(time, now, locale)}</time>;
}

export function PasskeysTable({ passkeys, now }: { passkeys: readonly Passkey[]; now: number }) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const nameOf = (passkey: Passkey) => passkey.name ?? t('passkey.unnamed');
  const columns: TableColumn<Passkey>[] = [
    {
      id: 'name',
      header: t('passkey.columnName'),
      sortValue: nameOf,
      cell: (passkey) => (
        <span className="flex items-center gap-2">
          {nameOf(passkey)}
          {passkey.deviceType === 'multiDevice' && <Badge tone="info">{t('passkey.synced')}</Badge>}
        </span>
      ),
    },
    { id: 'created', header: t('passkey.columnCreated'), sortValue: (passkey) => passkey.createdAt, cell: (passkey) => <Timestamp at={passkey.createdAt} now={now} /> },
    {
      id: 'lastUsed',
      header: t('passkey.columnLastUsed'),
      sortValue: (passkey) => passkey.lastUsedAt ?? '',
      cell: (passkey) => (passkey.lastUsedAt === null ? t('passkey.neverUsed') : <Timestamp at={passkey.lastUsedAt} now={now} />),
    },
    {
      id: 'actions',
      header: t('passkey.columnActions'),
      align: 'end',
      cell: (passkey) => (
        <span className="inline-flex gap-1">
          <Button size="sm" variant="ghost" aria-label={t('passkey.renameLabel', { name: nameOf(passkey) })} onClick={() => { setEditing({ kind: 'rename', passkey }); }}>
            {t('passkey.rename')}
          </Button>
          <Button size="sm" variant="ghost" aria-label={t('passkey.removeLabel', { name: nameOf(passkey) })} onClick={() => { setEditing({ kind: 'remove', passkey }); }}>
            {t('passkey.remove')}
          </Button>
        </span>
      ),
    },
  ];
  const close = () => { setEditing(null); };

  return (
    <>
      <Table caption={t('passkey.table')} isCaptionHidden columns={columns} rows={passkeys} getRowKey={(passkey) => passkey.id} />
      {editing?.kind === 'rename' && <RenamePasskeyDialog key={editing.passkey.id} passkey={editing.passkey} onClose={close} />}
      {editing?.kind === 'remove' && <RemovePasskeyDialog passkey={editing.passkey} name={nameOf(editing.passkey)} onClose={close} />}
    </>
  );
}
