import type { FutureLicense } from '../schemas/future-license';
import { CATEGORY_LABELS, displayName } from './display-names';
import { buildSchedules, scheduleKey, stepInForce, upcomingSeatChanges, type EntitlementSchedule, type SeatChange } from './entitlement-schedule';
import type { EntitlementCategory, OrgLicense } from './license-model';

// Changes of seats that a license has scheduled for later dates: from getFutureLicense for the
// organization, or from a license file's later steps in the import preview.

export interface ScheduledChange extends SeatChange {
  key: string;
  name: string;
  kindLabel: string;
}

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

function named(change: SeatChange, names: (category: EntitlementCategory, id: string) => string): ScheduledChange {
  return {
    ...change,
    key: `${scheduleKey(change.category, change.id)}@${change.date}`,
    name: names(change.category, change.id),
    kindLabel: CATEGORY_LABELS[change.category],
  };
}

function byDateThenName(a: ScheduledChange, b: ScheduledChange): number {
  return a.date - b.date || a.name.localeCompare(b.name);
}

/**
 * The organization's scheduled changes: getFutureLicense's steps after now, each against the
 * seats before it (the license's seats now for the first). Steps to 0 seats are expiries, which
 * the timeline shows: getFutureLicense lists one for every entitlement even when nothing is
 * scheduled, so they are not changes.
 */
export function organizationScheduledChanges(license: OrgLicense, future: FutureLicense, now: number): ScheduledChange[] {
  const purchased = new Map(license.entitlements.map((e) => [scheduleKey(e.category, e.id), e.purchased]));
  return futureLicenseSchedules(future)
    .flatMap((schedule) => upcomingSeatChanges(schedule, purchased.get(scheduleKey(schedule.category, schedule.id)), now))
    .map((change) => named(change, displayName))
    .sort(byDateThenName);
}

/** A license file's changes after now, each against the file's own seats before it. */
export function fileScheduledChanges(
  schedules: readonly EntitlementSchedule[],
  now: number,
  names: (category: EntitlementCategory, id: string) => string,
): ScheduledChange[] {
  return schedules
    .flatMap((schedule) => upcomingSeatChanges(schedule, stepInForce(schedule, now)?.seats ?? 0, now))
    .map((change) => named(change, names))
    .sort(byDateThenName);
}
