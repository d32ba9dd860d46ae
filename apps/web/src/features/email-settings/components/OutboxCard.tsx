import { useInfiniteQuery } from '@tanstack/react-query';
import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { MAIL_STATUSES, type MailStatus, type OutboxMailSummary } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { Select } from '../../../ui/controls/Select';
import { Card } from '../../../ui/display/Card';
import { EmptyState } from '../../../ui/feedback/EmptyState';
import { ErrorState } from '../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../ui/feedback/Skeleton';
import { outboxQueryOptions } from '../api/email-settings-api';
import { MailPreviewDialog } from './MailPreviewDialog';
import { OutboxTable } from './OutboxTable';

export function OutboxCard({ accountId }: { accountId: string }) {
  const t = useT();
  const [status, setStatus] = useState<MailStatus | null>(null);
  const [openMail, setOpenMail] = useState<OutboxMailSummary | null>(null);
  const query = useInfiniteQuery(outboxQueryOptions(accountId, status));
  const mails = query.data?.pages.flatMap((page) => page.items) ?? [];
  const statusOptions = [{ value: '', label: t('mail.outbox.filterAll') }, ...MAIL_STATUSES.map((value) => ({ value, label: t(`mail.status.${value}`) }))];

  return (
    <Card title={t('mail.outbox.title')} description={t('mail.outbox.description')}>
      <div className="flex flex-col gap-4">
        <div className="w-56">
          <Field label={t('mail.outbox.filter')}>
            {(control) => (
              <Select {...control} options={statusOptions} value={status ?? ''}
                onChange={(event) => { setStatus(event.target.value === '' ? null : (event.target.value as MailStatus)); }} />
            )}
          </Field>
        </div>
        {query.isPending ? (
          <div className="flex flex-col gap-2" aria-busy="true" aria-label={t('mail.outbox.loading')}>
            {Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-9 w-full" />)}
          </div>
        ) : query.isError ? (
          <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />
        ) : mails.length === 0 ? (
          status === null
            ? <EmptyState icon={Inbox} title={t('mail.outbox.emptyTitle')} description={t('mail.outbox.emptyDescription')} />
            : <EmptyState icon={Inbox} title={t('mail.outbox.emptyFilteredTitle')} description={t('mail.outbox.emptyFilteredDescription')} />
        ) : (
          <>
            <OutboxTable mails={mails} now={query.dataUpdatedAt} onOpen={setOpenMail} />
            {query.hasNextPage && (
              <Button variant="secondary" className="self-center" isLoading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                {t('mail.outbox.loadMore')}
              </Button>
            )}
          </>
        )}
      </div>
      {openMail && <MailPreviewDialog accountId={accountId} mail={openMail} onClose={() => { setOpenMail(null); }} />}
    </Card>
  );
}
