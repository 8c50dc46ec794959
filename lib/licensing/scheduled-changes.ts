import type { FutureLicense } from '../schemas/future-license';
import { CATEGORY_LABELS, displayName } from './display-names';
import { buildSchedules, scheduleKey, stepInForce, upcomingSeatChanges, type EntitlementSchedule, type SeatChange } from './entitlement-schedule';
import type { EntitlementCategory, OrgLicense } from './license-model';
import { membersText, seatShortfall, seatsText, type SeatShortfall } from './seat-shortfall';
import { seatsUsed, type AssignmentCounts } from './utilization';
import { formatCount, formatUtcDate } from '../view/dates';

// Changes of seats that a license has scheduled for later dates: from getFutureLicense for the
// organization, or from a license file's later steps in the import preview.

export interface ScheduledChange extends SeatChange {
  key: string;
  name: string;
  kindLabel: string;
  /** The seats after the change are fewer than the members who hold it today. */
  shortfall?: SeatShortfall;
}

/** Members holding an entitlement today, when the dashboard knows. */
export type UsedOf = (category: EntitlementCategory, id: string) => number | undefined;

const FUTURE_CATEGORIES: ['userTypes' | 'apps' | 'appBundles' | 'extensions', EntitlementCategory][] = [
  ['userTypes', 'userType'],
  ['apps', 'app'],
  ['appBundles', 'appBundle'],
  ['extensions', 'extension'],
];

/** getFutureLicense's entries as schedules (each entitlement's future steps). */
export function futureLicenseSchedules(future: FutureLicense): EntitlementSchedule[] {
  return buildSchedules(
    FUTURE_CATEGORIES.flatMap(([field, category]) =>
      future[field].map((entry) => ({ category, id: entry.id, seats: entry.maximumRegisteredMembers, start: entry.startDate })),
    ),
  );
}

function named(change: SeatChange, names: (category: EntitlementCategory, id: string) => string, usedOf: UsedOf): ScheduledChange {
  const shortfall = seatShortfall(change.after, usedOf(change.category, change.id));
  return {
    ...change,
    key: `${scheduleKey(change.category, change.id)}@${change.date}`,
    name: names(change.category, change.id),
    kindLabel: CATEGORY_LABELS[change.category],
    ...(shortfall ? { shortfall } : {}),
  };
}

/**
 * "20 seats from Jan 1, 2027 — 25 members hold Creator today: 5 must be moved first"; undefined
 * when the seats suffice. Always "members": a change leaves at least 1 seat, so at least 2 are over it.
 */
export function shortfallMessage(change: ScheduledChange): string | undefined {
  const short = change.shortfall;
  if (!short) return undefined;
  return `${seatsText(short.seats)} from ${formatUtcDate(change.date)} — ${membersText(short.used)} hold ${change.name} today: ${formatCount(short.over)} must be moved first`;
}

function byDateThenName(a: ScheduledChange, b: ScheduledChange): number {
  return a.date - b.date || a.name.localeCompare(b.name);
}

/**
 * The organization's scheduled changes: getFutureLicense's steps after now, each against the
 * seats before it (the license's seats now for the first). Steps to 0 seats are expiries, which
 * the timeline shows: getFutureLicense lists one for every entitlement even when nothing is
 * scheduled, so they are not changes. Each change is checked against the members holding it today:
 * the license's currentRegisteredMembers for user types, `counts` for apps and bundles (undefined:
 * those are not checked).
 */
export function organizationScheduledChanges(license: OrgLicense, future: FutureLicense, now: number, counts?: AssignmentCounts): ScheduledChange[] {
  const byKey = new Map(license.entitlements.map((e) => [scheduleKey(e.category, e.id), e]));
  const usedOf: UsedOf = (category, id) => {
    const entitlement = byKey.get(scheduleKey(category, id));
    return entitlement ? seatsUsed(entitlement, counts) : undefined;
  };
  return futureLicenseSchedules(future)
    .flatMap((schedule) => upcomingSeatChanges(schedule, byKey.get(scheduleKey(schedule.category, schedule.id))?.purchased, now))
    .map((change) => named(change, displayName, usedOf))
    .sort(byDateThenName);
}

/** A license file's changes after now, each against the file's own seats before it and the members holding it today. */
export function fileScheduledChanges(
  schedules: readonly EntitlementSchedule[],
  now: number,
  names: (category: EntitlementCategory, id: string) => string,
  usedOf: UsedOf,
): ScheduledChange[] {
  return schedules
    .flatMap((schedule) => upcomingSeatChanges(schedule, stepInForce(schedule, now)?.seats ?? 0, now))
    .map((change) => named(change, names, usedOf))
    .sort(byDateThenName);
}
