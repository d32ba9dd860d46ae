import type { NotificationMatrix } from '@flowforge/contracts';
import { useT } from '../../../../lib/i18n';
import { Table, type TableColumn } from '../../../../ui/display/Table';
import { offersChannel } from './notification-matrix';
import { CHANNEL_LABELS, CHANNELS, findEventLabels } from './notification-labels';

interface NotificationMatrixTableProps {
  matrix: NotificationMatrix;
  onToggle: (cell: { event: string; channel: string; isOn: boolean }) => void;
}

/** Rows are events, columns channels; every cell is a labelled checkbox reachable with Tab and Space. */
export function NotificationMatrixTable({ matrix, onToggle }: NotificationMatrixTableProps) {
  const t = useT();
  const eventName = (event: string) => {
    const labels = findEventLabels(event);
    return labels ? t(labels.label) : event;
  };
  const channelColumns: TableColumn<string>[] = CHANNELS.map((channel) => ({
    id: channel,
    header: t(CHANNEL_LABELS[channel]),
    cell: (event) => offersChannel(matrix, { event, channel }) ? (
      <input
        type="checkbox"
        className="size-4 rounded-control accent-accent"
        aria-label={t('notificationPrefs.toggle', { channel: t(CHANNEL_LABELS[channel]), event: eventName(event) })}
        checked={matrix[event]?.[channel] === true}
        onChange={(change) => { onToggle({ event, channel, isOn: change.target.checked }); }}
      />
    ) : (
      <span className="text-fg-muted" title={t('notificationPrefs.notOffered')}>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t('notificationPrefs.notOffered')}</span>
      </span>
    ),
  }));
  const columns: TableColumn<string>[] = [
    {
      id: 'event',
      header: t('notificationPrefs.event'),
      cell: (event) => {
        const labels = findEventLabels(event);
        return (
          <span className="flex flex-col py-1.5">
            <span className="font-medium">{eventName(event)}</span>
            {labels && <span className="text-xs text-fg-muted">{t(labels.hint)}</span>}
          </span>
        );
      },
    },
    ...channelColumns,
  ];
  return <Table caption={t('notificationPrefs.caption')} isCaptionHidden columns={columns} rows={Object.keys(matrix)} getRowKey={(event) => event} />;
}
