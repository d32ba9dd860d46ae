import type { OutboxMailSummary } from '@flowforge/contracts';
import { RelativeTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { Table, type TableColumn } from '../../../ui/display/Table';
import { MailStatusBadge } from './MailStatusBadge';

interface OutboxTableProps {
  mails: readonly OutboxMailSummary[];
  now: number;
  onOpen: (mail: OutboxMailSummary) => void;
}

export function OutboxTable({ mails, now, onOpen }: OutboxTableProps) {
  const t = useT();
  const columns: TableColumn<OutboxMailSummary>[] = [
    { id: 'to', header: t('mail.column.to'), sortValue: (mail) => mail.to, cell: (mail) => <span className="break-all">{mail.to}</span> },
    {
      id: 'subject',
      header: t('mail.column.subject'),
      sortValue: (mail) => mail.subject,
      cell: (mail) => (
        <button type="button" className="text-left font-medium text-accent-fg underline-offset-2 hover:underline"
          aria-label={t('mail.outbox.open', { to: mail.to, subject: mail.subject })} onClick={() => { onOpen(mail); }}>
          {mail.subject}
        </button>
      ),
    },
    { id: 'status', header: t('mail.column.status'), sortValue: (mail) => mail.status, cell: (mail) => <MailStatusBadge status={mail.status} /> },
    { id: 'created', header: t('mail.column.created'), sortValue: (mail) => mail.createdAt, cell: (mail) => <RelativeTime value={mail.createdAt} now={now} /> },
    {
      id: 'sent',
      header: t('mail.column.sent'),
      sortValue: (mail) => mail.sentAt ?? '',
      cell: (mail) => (mail.sentAt ? <RelativeTime value={mail.sentAt} now={now} /> : <span className="text-fg-muted">{t('mail.notSent')}</span>),
    },
  ];
  return <Table caption={t('mail.outbox.title')} isCaptionHidden columns={columns} rows={mails} getRowKey={(mail) => mail.id} />;
}
