import { daysUntil } from '../licensing/expiry-buckets';
import { calendarDayStart } from '../licensing/source-date';

const UTC_DATE = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** "Oct 22, 2025": the calendar date in UTC, the zone licenses expire in. */
export function formatUtcDate(epochMs: number): string {
  return UTC_DATE.format(new Date(epochMs));
}

/**
 * An expiry date as its source meant it: `day` ("YYYY-MM-DD", from the source's own date string,
 * see source-date.ts) when the source gave one, else the UTC date of `epochMs`.
 */
export function formatExpiryDate(epochMs: number, day?: string): string {
  return formatUtcDate(day !== undefined ? calendarDayStart(day) : epochMs);
}

/** "today", "in 1 day", "in 12 days", "3 days ago", counted in UTC calendar days. */
export function formatDaysFromNow(epochMs: number, now: number): string {
  const days = daysUntil(epochMs, now);
  if (days === 0) return 'today';
  const unit = Math.abs(days) === 1 ? 'day' : 'days';
  return days > 0 ? `in ${days} ${unit}` : `${-days} ${unit} ago`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  // One decimal below 10% so that 3 of 400 does not read as 1%; "5.0%" reads as "5%".
  const text = percent < 10 && percent > 0 ? percent.toFixed(1).replace(/\.0$/, '') : String(Math.round(percent));
  return `${text}%`;
}
