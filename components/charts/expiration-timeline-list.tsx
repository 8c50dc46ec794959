import { ExpiryBadge } from '@/components/ui/status-badges';
import { formatDaysFromNow, formatExpiryDate, formatUtcDate } from '@/lib/view/dates';
import { calendarDayStart } from '@/lib/licensing/source-date';
import { groupByDay } from '@/lib/licensing/timeline';
import { EXPIRY_COLORS } from './chart-colors';
import type { TimelineDatum } from './expiration-timeline-chart';

/** A day lists this many names; the table below the timeline has the rest. */
const NAMES_PER_DAY = 5;

type Entry = { kind: 'today' } | { kind: 'day'; day: string; rows: TimelineDatum[] };

/** Days in order with today placed before the first day that still has something ahead. */
function entries(data: readonly TimelineDatum[]): Entry[] {
  const days: Entry[] = groupByDay(data).map((group) => ({ kind: 'day', ...group }));
  const next = days.findIndex((entry) => entry.kind === 'day' && entry.rows.some((row) => row.status !== 'expired'));
  const at = next === -1 ? days.length : next;
  return [...days.slice(0, at), { kind: 'today' }, ...days.slice(at)];
}

/**
 * The timeline on a phone: a vertical line of dates, today marked where it falls, each date with
 * its status and what expires then. A date axis 350 px wide would squeeze months into a line of dots.
 */
export function ExpirationTimelineList({ data, today }: { data: readonly TimelineDatum[]; today: number }) {
  return (
    <ol aria-label="Expiration dates, soonest first" className="ml-2 border-l-2 border-slate-300 dark:border-slate-600">
      {entries(data).map((entry) => {
        if (entry.kind === 'today') {
          return (
            <li key="today" className="relative py-2 pl-5">
              <span aria-hidden="true" className="absolute -left-2.5 top-4 w-5 border-t-2 border-dashed border-current" />
              <p className="text-sm font-semibold">Today, {formatUtcDate(today)}</p>
            </li>
          );
        }
        const [first] = entry.rows;
        if (!first) return null;
        const at = first.expirationDay !== undefined ? calendarDayStart(first.expirationDay) : first.expiration;
        const more = entry.rows.length - NAMES_PER_DAY;
        return (
          <li key={entry.day} className="relative pb-4 pl-5">
            <span
              aria-hidden="true"
              className="absolute -left-[7px] top-1 h-3 w-3 rounded-full ring-2 ring-white dark:ring-slate-900"
              style={{ backgroundColor: EXPIRY_COLORS[first.status] }}
            />
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
              <time dateTime={entry.day} className="font-semibold">
                {formatExpiryDate(first.expiration, first.expirationDay)}
              </time>
              <span className="text-xs text-slate-600 dark:text-slate-400">{formatDaysFromNow(at, today)}</span>
              <ExpiryBadge status={first.status} />
            </p>
            <ul className="mt-1 space-y-0.5 text-sm wrap-anywhere">
              {entry.rows.slice(0, NAMES_PER_DAY).map((row) => (
                <li key={row.key}>{row.name}</li>
              ))}
              {more > 0 ? <li className="text-slate-600 dark:text-slate-400">and {more} more, listed in the table below</li> : null}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
