import { formatDaysFromNow, formatExpiryDate } from '@/lib/view/dates';
import { calendarDayStart } from '@/lib/licensing/source-date';
import { expiryStatus } from '@/lib/licensing/expiry-buckets';
import { ExpiryBadge } from './status-badges';

/**
 * A date in UTC, machine-readable, with how far it is from the data's own time; or, when the source
 * wrote its own day (`day`, "YYYY-MM-DD"), that day, marked as the source's.
 */
export function UtcDate({ at, asOf, day }: { at: number; asOf: number; day?: string }) {
  return (
    <>
      <time dateTime={day ?? new Date(at).toISOString()}>{formatExpiryDate(at, day)}</time>
      {day !== undefined ? <span className="block text-xs text-slate-500 dark:text-slate-400">server&apos;s own date</span> : null}
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {formatDaysFromNow(day !== undefined ? calendarDayStart(day) : at, asOf)}
      </span>
    </>
  );
}

/** An expiration cell: the date and its status badge, or the "no expiration" badge. */
export function ExpiryCell({ expiration, asOf, day }: { expiration: number | undefined; asOf: number; day?: string }) {
  if (expiration === undefined) return <ExpiryBadge status="none" />;
  return (
    <span className="flex flex-wrap items-center gap-x-2">
      <span>
        <UtcDate at={expiration} asOf={asOf} day={day} />
      </span>
      <ExpiryBadge status={expiryStatus(expiration, asOf)} />
    </span>
  );
}
