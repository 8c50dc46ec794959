import { daysUntil } from './expiry-buckets';
import { displayName, knownName } from './display-names';
import { positionAt, scheduleKey, type EntitlementSchedule, type SchedulePosition } from './entitlement-schedule';
import type { LicenseFileContents } from './license-file';
import { ENTITLEMENT_CATEGORIES, type Entitlement, type EntitlementCategory, type OrgLicense } from './license-model';
import { seatsUsed, type AssignmentCounts } from './utilization';

// What importing a license file would change, entitlement by entitlement: the organization's
// license now against the file's step in force now.

export type DiffMark = 'added' | 'removed' | 'more' | 'fewer' | 'renewed' | 'shorter' | 'unchanged';

export const DIFF_MARK_LABELS: Record<DiffMark, string> = {
  added: 'Added',
  removed: 'Removed',
  more: 'More seats',
  fewer: 'Fewer seats',
  renewed: 'Renewed',
  // Not among the marks the issue names: a file that ends an entitlement sooner is neither
  // "Renewed" nor "Unchanged", and saying so is the point of the preview.
  shorter: 'Ends sooner',
  unchanged: 'Unchanged',
};

interface DiffSide {
  seats?: number;
  expiration?: number;
}

export interface DiffRow {
  key: string;
  category: EntitlementCategory;
  id: string;
  name: string;
  /** In the organization's license now. */
  current?: DiffSide;
  /** In the file, as of now (or from its start, when it starts later). */
  next?: DiffSide;
  /** Members assigned it now, when the portal says. */
  used?: number;
  marks: DiffMark[];
  /** The file licenses it only from this date on. */
  startsOn?: number;
  /** The file has it, but it ended on this date. */
  endedOn?: number;
}

/** Order of rows: what hurts first. */
const MARK_ORDER: DiffMark[] = ['removed', 'fewer', 'shorter', 'added', 'more', 'renewed', 'unchanged'];

function sameDay(a: number, b: number): boolean {
  return daysUntil(a, b) === 0;
}

function expirationMark(current: number | undefined, next: number | undefined): DiffMark | undefined {
  if (current === undefined && next === undefined) return undefined;
  if (next === undefined) return 'renewed';
  if (current === undefined) return 'shorter';
  if (sameDay(current, next)) return undefined;
  return next > current ? 'renewed' : 'shorter';
}

function marksFor(current: DiffSide | undefined, next: DiffSide | undefined): DiffMark[] {
  if (!current && next) return ['added'];
  if (current && !next) return ['removed'];
  if (!current || !next) return [];
  const marks: DiffMark[] = [];
  if (current.seats !== undefined && next.seats !== undefined && current.seats !== next.seats) {
    marks.push(next.seats > current.seats ? 'more' : 'fewer');
  }
  const dated = expirationMark(current.expiration, next.expiration);
  if (dated) marks.push(dated);
  return marks.length > 0 ? marks : ['unchanged'];
}

function sideOf(entitlement: Entitlement): DiffSide {
  return {
    ...(entitlement.purchased !== undefined ? { seats: entitlement.purchased } : {}),
    ...(entitlement.expiration !== undefined ? { expiration: entitlement.expiration } : {}),
  };
}

function sideFromPosition(position: SchedulePosition): DiffSide | undefined {
  if (position.state === 'ended') return undefined;
  return {
    ...(position.seats !== undefined ? { seats: position.seats } : {}),
    ...(position.expiration !== undefined ? { expiration: position.expiration } : {}),
  };
}

/** The file's entry for an entitlement: the same id, or the same id in another case (portals vary). */
function findSchedule(schedules: Map<string, EntitlementSchedule>, byLowerKey: Map<string, EntitlementSchedule>, entitlement: Entitlement) {
  return (
    schedules.get(scheduleKey(entitlement.category, entitlement.id)) ??
    byLowerKey.get(scheduleKey(entitlement.category, entitlement.id).toLowerCase())
  );
}

function nameOf(category: EntitlementCategory, id: string, schedule: EntitlementSchedule | undefined): string {
  return knownName(category, id) ?? schedule?.definedName ?? displayName(category, id);
}

export function diffLicense(current: OrgLicense, file: LicenseFileContents, counts: AssignmentCounts | undefined, now: number): DiffRow[] {
  const schedules = new Map(file.schedules.map((s) => [scheduleKey(s.category, s.id), s]));
  const byLowerKey = new Map(file.schedules.map((s) => [scheduleKey(s.category, s.id).toLowerCase(), s]));
  const matched = new Set<EntitlementSchedule>();
  const rows: DiffRow[] = [];

  const addRow = (category: EntitlementCategory, id: string, entitlement: Entitlement | undefined, schedule: EntitlementSchedule | undefined) => {
    const position = schedule ? positionAt(schedule, now) : undefined;
    const currentSide = entitlement ? sideOf(entitlement) : undefined;
    const nextSide = position ? sideFromPosition(position) : undefined;
    // In neither license (the file's entry ended before now): nothing changes; the warnings say it expired.
    if (!currentSide && !nextSide) return;
    const used = entitlement ? seatsUsed(entitlement, counts) : undefined;
    rows.push({
      key: scheduleKey(category, id),
      category,
      id,
      name: nameOf(category, id, schedule),
      ...(currentSide ? { current: currentSide } : {}),
      ...(nextSide ? { next: nextSide } : {}),
      ...(used !== undefined ? { used } : {}),
      marks: marksFor(currentSide, nextSide),
      ...(position?.state === 'upcoming' ? { startsOn: position.startsOn } : {}),
      ...(position?.state === 'ended' ? { endedOn: position.endedOn } : {}),
    });
  };

  for (const entitlement of current.entitlements) {
    const schedule = findSchedule(schedules, byLowerKey, entitlement);
    if (schedule) matched.add(schedule);
    addRow(entitlement.category, entitlement.id, entitlement, schedule);
  }
  for (const schedule of file.schedules) {
    if (!matched.has(schedule)) addRow(schedule.category, schedule.id, undefined, schedule);
  }

  const categoryOrder = (c: EntitlementCategory) => ENTITLEMENT_CATEGORIES.indexOf(c);
  const markOrder = (row: DiffRow) => Math.min(...row.marks.map((m) => MARK_ORDER.indexOf(m)));
  return rows.sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || markOrder(a) - markOrder(b) || a.name.localeCompare(b.name));
}

/** How many rows carry each mark, for a one-line summary. */
export function countMarks(rows: readonly DiffRow[]): Record<DiffMark, number> {
  const counts: Record<DiffMark, number> = { added: 0, removed: 0, more: 0, fewer: 0, renewed: 0, shorter: 0, unchanged: 0 };
  for (const row of rows) for (const mark of row.marks) counts[mark] += 1;
  return counts;
}
