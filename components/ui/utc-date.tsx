import { formatDaysFromNow, formatUtcDate } from '@/lib/view/dates';
import { expiryStatus } from '@/lib/licensing/expiry-buckets';
import { ExpiryBadge } from './status-badges';

/** A date in UTC, machine-readable, with how far it is from the data's own time. */
export function UtcDate({ at, asOf }: { at: number; asOf: number }) {
  return (
    <>
      <time dateTime={new Date(at).toISOString()}>{formatUtcDate(at)}</time>
      <span className="block text-xs text-slate-500 dark:text-slate-400">{formatDaysFromNow(at, asOf)}</span>
    </>
  );
}

/** An expiration cell: the date and its status badge, or the "no expiration" badge. */
export function ExpiryCell({ expiration, asOf }: { expiration: number | undefined; asOf: number }) {
  if (expiration === undefined) return <ExpiryBadge status="none" />;
  return (
    <span className="flex flex-wrap items-center gap-x-2">
      <span>
        <UtcDate at={expiration} asOf={asOf} />
      </span>
      <ExpiryBadge status={expiryStatus(expiration, asOf)} />
    </span>
  );
}
