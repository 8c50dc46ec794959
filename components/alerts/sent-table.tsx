import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { NotificationViewData } from '@/lib/features/alerts/contract';
import { formatUtcDateTime } from '@/lib/view/date-time';
import { EVENT_WORDS, STATUS_WORDS } from './alert-words';

const time = (at: number) => <time dateTime={new Date(at).toISOString()}>{formatUtcDateTime(at)}</time>;

/** The latest notifications, newest first, each with its delivery outcome and the channel's last answer. */
export function SentTable({ notifications }: { notifications: readonly NotificationViewData[] }) {
  if (notifications.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing sent yet.</p>;
  return (
    <Table caption="Notifications, newest first (times in UTC)" captionHidden>
      <thead>
        <tr>
          <Th>Queued (UTC)</Th>
          <Th>Channel</Th>
          <Th>Notification</Th>
          <Th>Outcome</Th>
          <Th>Channel’s answer</Th>
        </tr>
      </thead>
      <tbody>
        {notifications.map((n) => {
          const status = STATUS_WORDS[n.status];
          return (
            <tr key={n.id} className="align-top" data-status={n.status}>
              <Td className="whitespace-nowrap">{time(n.createdAt)}</Td>
              <Td>{n.channelName}</Td>
              <Td className="min-w-64">
                <span className="font-medium">{EVENT_WORDS[n.message.event]}:</span> {n.message.title}
              </Td>
              <Td className="min-w-40">
                <Badge tone={status.tone}>{status.label}</Badge>
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                  {n.attempts} {n.attempts === 1 ? 'attempt' : 'attempts'}
                  {n.nextAttemptAt !== null && n.status === 'retrying' ? <>, next at {time(n.nextAttemptAt)}</> : null}
                </span>
                {status.meaning ? <span className="block text-xs text-slate-600 dark:text-slate-400">{status.meaning}</span> : null}
              </Td>
              <Td className="min-w-64 [overflow-wrap:anywhere]">{n.answer ?? '—'}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
