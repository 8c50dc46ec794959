import { formatCount } from '../view/dates';
import { stepInForce } from './entitlement-schedule';
import type { LicenseFileContents } from './license-file';
import type { OrgLicense } from './license-model';

// How many members the organization may have before and after importing a license file. With user
// types, every member holds exactly one, so the member limit is the sum of the user types' seats: a
// portal reports it as maximumRegisteredMembers; a license file (validateLicense's MyEsri shape)
// has no such field, only its user types' steps.

/** The member limit now (maximumRegisteredMembers, when reported) and with the file imported. */
export interface MemberLimitChange {
  before?: number;
  after: number;
}

/**
 * The member limit the file gives at `now` (epoch ms): its user types' seats in force then, summed.
 * Undefined when the file lists no user types (nothing to compare).
 */
export function memberLimitChange(current: OrgLicense, file: LicenseFileContents, now: number): MemberLimitChange | undefined {
  const userTypes = file.schedules.filter((schedule) => schedule.category === 'userType');
  if (userTypes.length === 0) return undefined;
  const after = userTypes.reduce((sum, schedule) => sum + (stepInForce(schedule, now)?.seats ?? 0), 0);
  return { ...(current.members.purchased !== undefined ? { before: current.members.purchased } : {}), after };
}

/** "Members: 1,400 → 1,450", "Members: 1,400 (unchanged)", or "Members: not reported → 1,450". */
export function memberLimitText(change: MemberLimitChange): string {
  if (change.before === change.after) return `Members: ${formatCount(change.after)} (unchanged)`;
  const before = change.before !== undefined ? formatCount(change.before) : 'not reported';
  return `Members: ${before} → ${formatCount(change.after)}`;
}
