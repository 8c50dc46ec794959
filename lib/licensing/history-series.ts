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

/** One entitlement in one stored snapshot (lib/store/snapshots.ts readHistory's points). Seats are counts, times epoch ms. */
export interface StoredPoint {
  takenAt: number;
  kind: EntitlementCategory;
  id: string;
  seatsPurchased: number;
  seatsAssigned: number;
  expiresAt: number | null;
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
 * Groups points (ordered by time, as readHistory returns them) per entitlement, one per UTC day (the
 * day's last). `sourceAt` says which snapshot source wrote the snapshot taken at a time. Entitlements
 * come out in the order of `order` (ids missing from it last, by id).
 */
export function dailySeries(
  points: readonly StoredPoint[],
  sourceAt: ReadonlyMap<number, SnapshotSource>,
  order: readonly string[] = [],
): EntitlementSeries[] {
  const byId = new Map<string, { kind: EntitlementCategory; days: Map<number, DayPoint> }>();
  for (const point of points) {
    const entry = byId.get(point.id) ?? { kind: point.kind, days: new Map<number, DayPoint>() };
    byId.set(point.id, entry);
    const day = Math.floor(point.takenAt / DAY_MS) * DAY_MS;
    entry.days.set(day, {
      day,
      seatsAssigned: point.seatsAssigned,
      seatsPurchased: point.seatsPurchased,
      expiresAt: point.expiresAt,
      synthetic: sourceAt.get(point.takenAt) === 'demo-seed',
    });
  }
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index === -1 ? order.length : index;
  };
  return [...byId.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([id, entry]) => ({ id, kind: entry.kind, days: [...entry.days.values()].sort((a, b) => a.day - b.day) }));
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
