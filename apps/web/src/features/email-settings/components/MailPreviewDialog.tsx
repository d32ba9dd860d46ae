import { useQuery } from '@tanstack/react-query';
import type { OutboxMail, OutboxMailSummary } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Tabs } from '../../../ui/display/Tabs';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { Dialog } from '../../../ui/overlays/Dialog';
import { outboxMailQueryOptions } from '../api/email-settings-api';
import { LinkifiedText } from './LinkifiedText';
import { MailStatusBadge } from './MailStatusBadge';

interface MailPreviewDialogProps {
  accountId: string;
  mail: OutboxMailSummary;
  onClose: () => void;
}

/** The whole mail: the HTML in a sandboxed frame (no scripts, no navigation) and the text with clickable links. */
export function MailPreviewDialog({ accountId, mail, onClose }: MailPreviewDialogProps) {
  const t = useT();
  const query = useQuery(outboxMailQueryOptions(accountId, mail.id));

  return (
    <Dialog open onClose={onClose} title={t('mail.preview.title', { to: mail.to })} description={mail.subject}
      footer={<Button variant="secondary" onClick={onClose}>{t('mail.preview.close')}</Button>}>
      {query.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('mail.preview.loading')}>
          <Skeleton className="h-5 w-1/3" />
          <Skeleton className="h-64 w-full" />
        </div>
      ) : query.isError ? (
        <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
      ) : (
        <MailContent mail={query.data} />
      )}
    </Dialog>
  );
}

function MailContent({ mail }: { mail: OutboxMail }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3 text-sm text-fg-muted">
        <MailStatusBadge status={mail.status} />
        <span>{t('mail.preview.attempts', { count: mail.attempts })}</span>
      </div>
      {mail.lastError !== null && <p className="text-sm break-words text-danger">{t('mail.preview.lastError', { error: mail.lastError })}</p>}
      <Tabs
        label={t('mail.preview.tabs')}
        tabs={[
          {
            id: 'html',
            label: t('mail.preview.html'),
            panel: <iframe title={t('mail.preview.frameTitle')} sandbox="" srcDoc={mail.html} className="h-96 w-full rounded-control border border-border bg-white" />,
          },
          {
            id: 'text',
            label: t('mail.preview.text'),
            panel: (
              <pre tabIndex={0} className="max-h-96 overflow-auto rounded-control border border-border bg-sunken p-3 font-mono text-xs whitespace-pre-wrap">
                <LinkifiedText text={mail.text} />
              </pre>
            ),
          },
        ]}
      />
    </div>
  );
}
