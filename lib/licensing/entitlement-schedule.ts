import type { EntitlementCategory } from './license-model';

// A license file (and getFutureLicense) lists an entitlement once per step: the seats it has from
// a start date on. The step with the latest start not after now is in force; later ones are
// scheduled changes; a step to 0 seats is the expiry.

export interface ScheduleStep {
  /** Epoch ms; a step the file gives no date has always been in force (0). */
  start: number;
  /** Seats from `start` on; capabilities have none. */
  seats?: number;
}

export interface EntitlementSchedule {
  category: EntitlementCategory;
  id: string;
  /** The name the file itself gives (its definitions), used when the dashboard does not know the id. */
  definedName?: string;
  /** Soonest first. */
  steps: ScheduleStep[];
  /** An explicit end (capabilities carry an expiration instead of a step to 0). */
  end?: number;
}

export interface ScheduleEntry {
  category: EntitlementCategory;
  id: string;
  seats?: number;
  start?: number;
  end?: number;
  definedName?: string;
}

export function scheduleKey(category: EntitlementCategory, id: string): string {
  return `${category}:${id}`;
}

/** Entries grouped into one schedule per category and id, in the order ids first appear. */
export function buildSchedules(entries: readonly ScheduleEntry[]): EntitlementSchedule[] {
  const byKey = new Map<string, EntitlementSchedule>();
  for (const entry of entries) {
    const key = scheduleKey(entry.category, entry.id);
    let schedule = byKey.get(key);
    if (!schedule) {
      schedule = { category: entry.category, id: entry.id, steps: [] };
      byKey.set(key, schedule);
    }
    schedule.steps.push({ start: entry.start ?? 0, ...(entry.seats !== undefined ? { seats: entry.seats } : {}) });
    if (entry.end !== undefined) schedule.end = entry.end;
    if (entry.definedName) schedule.definedName = entry.definedName;
  }
  for (const schedule of byKey.values()) schedule.steps.sort((a, b) => a.start - b.start);
  return [...byKey.values()];
}

/** The step with the latest start not after `now`, if the schedule has started. */
export function stepInForce(schedule: EntitlementSchedule, now: number): ScheduleStep | undefined {
  let current: ScheduleStep | undefined;
  for (const step of schedule.steps) if (step.start <= now) current = step;
  return current;
}

/** Steps that start after `now`, soonest first. */
export function futureSteps(schedule: EntitlementSchedule, now: number): ScheduleStep[] {
  return schedule.steps.filter((step) => step.start > now);
}

export function isExpiryStep(step: ScheduleStep): boolean {
  return step.seats === 0;
}

/** Whether the step leaves the entitlement licensed: seats above 0, or a capability (no seats). */
function licenses(step: ScheduleStep): boolean {
  return step.seats === undefined || step.seats > 0;
}

/** Where an entitlement stands at `now` according to its schedule. */
export type SchedulePosition =
  /** Licensed now: its seats, and when it ends (the next step to 0, or the explicit end). */
  | { state: 'active'; seats?: number; expiration?: number }
  /** Not started yet: licensed from `startsOn`. */
  | { state: 'upcoming'; seats?: number; startsOn: number; expiration?: number }
  /** Was licensed, has ended by now. */
  | { state: 'ended'; endedOn: number };

function endAfter(schedule: EntitlementSchedule, from: number): number | undefined {
  const zero = schedule.steps.find((step) => step.start > from && isExpiryStep(step));
  if (zero) return zero.start;
  return schedule.end !== undefined && schedule.end > from ? schedule.end : undefined;
}

export function positionAt(schedule: EntitlementSchedule, now: number): SchedulePosition {
  const current = stepInForce(schedule, now);
  const endedExplicitly = schedule.end !== undefined && schedule.end <= now;
  if (current && licenses(current) && !endedExplicitly) {
    return { state: 'active', seats: current.seats, expiration: endAfter(schedule, now) };
  }
  const next = futureSteps(schedule, now).find(licenses);
  if (next && !endedExplicitly) return { state: 'upcoming', seats: next.seats, startsOn: next.start, expiration: endAfter(schedule, next.start) };
  const endedOn = endedExplicitly ? (schedule.end as number) : (current?.start ?? now);
  return { state: 'ended', endedOn };
}

/** Whether any entitlement is listed more than once, i.e. the file is a schedule worth drawing. */
export function hasSteps(schedules: readonly EntitlementSchedule[]): boolean {
  return schedules.some((schedule) => schedule.steps.length > 1);
}

/** A change of seats on a date: before → after. Steps to 0 are expiries, not changes. */
export interface SeatChange {
  category: EntitlementCategory;
  id: string;
  date: number;
  /** Seats just before the date; undefined when the dashboard cannot say. */
  before?: number;
  after: number;
}

/**
 * The schedule's changes of seats after `now`, each against the seats just before it, starting
 * from `seatsNow`. A step to 0 seats is the expiry, which the expirations already show: it is not
 * listed, but the seats after it count as 0 for the step that follows (a lapse and restart).
 */
export function upcomingSeatChanges(schedule: EntitlementSchedule, seatsNow: number | undefined, now: number): SeatChange[] {
  const changes: SeatChange[] = [];
  let before = seatsNow;
  for (const step of futureSteps(schedule, now)) {
    if (step.seats === undefined) continue;
    if (step.seats > 0 && step.seats !== before) {
      changes.push({
        category: schedule.category,
        id: schedule.id,
        date: step.start,
        ...(before !== undefined ? { before } : {}),
        after: step.seats,
      });
    }
    before = step.seats;
  }
  return changes;
}
