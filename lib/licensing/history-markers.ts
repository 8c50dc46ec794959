import type { EntitlementSeries } from './history-series';

// What changed on the license between two snapshots, marked on the history chart: an import (seats
// purchased or the expiration changed from one day to the next) and the expiration dates that fall
// in the range shown. Pure; no I/O.

/** One mark on the chart: `day` epoch ms (start of a UTC day); `text` says what happened, in words. */
export interface HistoryMarker {
  day: number;
  kind: 'import' | 'expiration';
  text: string;
}

const UTC_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
// Formatting is most of the work over years of days, and the same few expiration dates recur.
const formatted = new Map<number, string>();
function dateOf(epochMs: number | null): string {
  if (epochMs === null) return 'none';
  let text = formatted.get(epochMs);
  if (text === undefined) {
    if (formatted.size > 10_000) formatted.clear();
    text = UTC_DATE.format(new Date(epochMs));
    formatted.set(epochMs, text);
  }
  return text;
}
const seats = (count: number) => `${count.toLocaleString('en-US')} seat${count === 1 ? '' : 's'}`;

/** Days where seats purchased or the expiration differ from the day before: a license was imported (or populated). */
export function importMarkers(series: EntitlementSeries): HistoryMarker[] {
  const marks: HistoryMarker[] = [];
  for (let i = 1; i < series.days.length; i += 1) {
    const before = series.days[i - 1];
    const day = series.days[i];
    if (!before || !day) continue;
    // Most days change nothing: compare before building any text.
    const seatsChanged = before.seatsPurchased !== day.seatsPurchased;
    const expirationChanged = before.expiresAt !== day.expiresAt;
    if (!seatsChanged && !expirationChanged) continue;
    const changes: string[] = [];
    if (seatsChanged) changes.push(`seats purchased ${seats(before.seatsPurchased)} → ${seats(day.seatsPurchased)}`);
    if (expirationChanged) changes.push(`expiration ${dateOf(before.expiresAt)} → ${dateOf(day.expiresAt)} (UTC)`);
    marks.push({ day: day.day, kind: 'import', text: `License changed: ${changes.join(', ')}` });
  }
  return marks;
}

/** The distinct expiration dates the series reports that fall between `from` and `to` (epoch ms, inclusive). */
export function expirationMarkers(series: EntitlementSeries, from: number, to: number): HistoryMarker[] {
  const dates = new Set<number>();
  for (const { expiresAt } of series.days) if (expiresAt !== null && expiresAt >= from && expiresAt <= to) dates.add(expiresAt);
  return [...dates].sort((a, b) => a - b).map((day) => ({ day, kind: 'expiration', text: `Expires ${dateOf(day)} (UTC)` }));
}

/** Imports and expirations together, by day. */
export function historyMarkers(series: EntitlementSeries, from: number, to: number): HistoryMarker[] {
  return [...importMarkers(series), ...expirationMarkers(series, from, to)].sort((a, b) => a.day - b.day);
}
