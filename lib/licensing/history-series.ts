import { DAY_MS } from './expiry-buckets';
import type { EntitlementCategory } from './license-model';
import type { SnapshotSource } from './snapshot';

// Shapes stored snapshots into what the history page draws: one point a UTC day per entitlement
// (the day's last snapshot), whichever way the snapshots arrived (hourly from the overview, every
// few hours from the collector, daily from the demo seed). Pure; no I/O.

export const HISTORY_RANGES = ['30d', '90d', '1y', 'all'] as const;
/** How far back the page looks: 30 days, 90 days, 1 year (365 days) or every snapshot. */
export type HistoryRange = (typeof HISTORY_RANGES)[number];

const RANGE_DAYS: Record<Exclude<HistoryRange, 'all'>, number> = { '30d': 30, '90d': 90, '1y': 365 };

/** The first epoch ms a range covers as of `now` (epoch ms): the start of the UTC day N-1 days back; 0 for 'all'. */
export function rangeStart(range: HistoryRange, now: number): number {
  if (range === 'all') return 0;
  return (Math.floor(now / DAY_MS) - RANGE_DAYS[range] + 1) * DAY_MS;
}

/** One entitlement's seats in one stored snapshot. Seats are counts, times epoch ms. */
export interface StoredSeats {
  takenAt: number;
  seatsPurchased: number;
  seatsAssigned: number;
  expiresAt: number | null;
}

/** One entitlement in one stored snapshot (lib/store/snapshots.ts readHistory's points). */
export interface StoredPoint extends StoredSeats {
  kind: EntitlementCategory;
  id: string;
}

/** One entitlement's stored points, oldest first (lib/store/snapshots.ts readEntitlementSeries). */
export interface StoredSeries {
  id: string;
  kind: EntitlementCategory;
  points: StoredSeats[];
}

/** One entitlement on one UTC day. `day` is the start of that day (epoch ms); `synthetic`: from the demo seed. */
export interface DayPoint {
  day: number;
  seatsAssigned: number;
  seatsPurchased: number;
  expiresAt: number | null;
  synthetic: boolean;
}

/** One entitlement's days, oldest first. */
export interface EntitlementSeries {
  id: string;
  kind: EntitlementCategory;
  days: DayPoint[];
}

/**
 * One point a UTC day (the day's last) per entitlement, from each one's points oldest first. `sourceAt`
 * says which snapshot source wrote the snapshot taken at a time. Entitlements come out in the order of
 * `order` (ids missing from it last, by id).
 */
export function dailySeries(
  stored: readonly StoredSeries[],
  sourceAt: ReadonlyMap<number, SnapshotSource>,
  order: readonly string[] = [],
): EntitlementSeries[] {
  const rankOf = new Map(order.map((id, index) => [id, index]));
  const rank = (id: string) => rankOf.get(id) ?? order.length;
  return [...stored]
    .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
    .map(({ id, kind, points }) => {
      // Oldest first, so a day's points are adjacent and its last replaces the ones before it.
      const days: DayPoint[] = [];
      for (const point of points) {
        const day = Math.floor(point.takenAt / DAY_MS) * DAY_MS;
        const dayPoint = {
          day,
          seatsAssigned: point.seatsAssigned,
          seatsPurchased: point.seatsPurchased,
          expiresAt: point.expiresAt,
          synthetic: sourceAt.get(point.takenAt) === 'demo-seed',
        };
        if (days.at(-1)?.day === day) days[days.length - 1] = dayPoint;
        else days.push(dayPoint);
      }
      return { id, kind, days };
    });
}

/** The days of a series from `from` (epoch ms) on. */
export function daysFrom(series: EntitlementSeries, from: number): EntitlementSeries {
  return { ...series, days: series.days.filter((d) => d.day + DAY_MS > from) };
}

/**
 * The change in seats assigned over the last 90 days as of `today` (epoch ms): the latest day's
 * figure minus the earliest in the window, and how many days apart they are. Undefined with fewer
 * than two days in it.
 */
export function seatChange(series: EntitlementSeries, today: number): { change: number; days: number } | undefined {
  const from = rangeStart('90d', today);
  const inWindow = series.days.filter((d) => d.day >= from && d.day <= today);
  const first = inWindow[0];
  const last = inWindow.at(-1);
  if (!first || !last || first === last) return undefined;
  return { change: last.seatsAssigned - first.seatsAssigned, days: Math.round((last.day - first.day) / DAY_MS) };
}
