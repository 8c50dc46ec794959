import { CATEGORY_LABELS, entitlementName } from './display-names';
import { byExpiration, expiryStatus, type ExpiryStatus } from './expiry-buckets';
import type { OrgLicense } from './license-model';

/** One dated item on the expirations timeline, whatever licensed it. */
export interface TimelineItem {
  key: string;
  name: string;
  id: string;
  /** What kind of thing it is: "User type", "App", … */
  kindLabel: string;
  /** Where it is licensed: the organization, or an ArcGIS Server by name. */
  source: string;
  expiration?: number;
  /** The expiry day as the source wrote it ("YYYY-MM-DD"), shown instead of the UTC date when present. */
  expirationDay?: string;
}

export interface TimelineRow extends TimelineItem {
  expiration: number;
  status: ExpiryStatus;
}

export const ORGANIZATION_SOURCE = 'Organization';

export function organizationTimelineItems(license: OrgLicense): TimelineItem[] {
  return license.entitlements.map((e) => ({
    key: `${e.category}:${e.id}`,
    name: entitlementName(e),
    id: e.id,
    kindLabel: CATEGORY_LABELS[e.category],
    source: ORGANIZATION_SOURCE,
    expiration: e.expiration,
  }));
}

/** Dated items, soonest first, each with its status as of `now`. */
export function timelineRows(items: readonly TimelineItem[], now: number): TimelineRow[] {
  return byExpiration(items).map((item) => ({ ...item, status: expiryStatus(item.expiration, now) }));
}

/** Items that expire on the same calendar day, as shown: one date heading, several rows. */
export interface DayGroup<T> {
  /** "YYYY-MM-DD": the source's own day where it gave one, else the UTC date. */
  day: string;
  rows: T[];
}

/** The day an item is shown under: its source's own ("YYYY-MM-DD") when given, else its UTC date. */
export function displayDay(item: { expiration: number; expirationDay?: string }): string {
  return item.expirationDay ?? new Date(item.expiration).toISOString().slice(0, 10);
}

/** Items grouped by the day they are shown under, days in order, each group keeping its items' order. */
export function groupByDay<T extends { expiration: number; expirationDay?: string }>(items: readonly T[]): DayGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const day = displayDay(item);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, rows]) => ({ day, rows }));
}
