import { displayName } from './display-names';
import { batches } from './member-results';

// The preview of a bulk change before anything is sent: per member what will be sent or why the
// member is left out, the seats per user type and app before → after, and a refusal when the
// change cannot be sent at all (more seats than free, an ArcGIS Pro list without one level).

/** ArcGIS Pro's listing id in the license, and its levels (a Pro list holds exactly one). */
const PRO = 'arcgisprodesktop';
export const PRO_LEVELS = ['desktopBasicN', 'desktopStdN', 'desktopAdvN'];
/** ArcGIS Pro's extensions, as Esri's provisioning scripts spell them (Esri/ago-tools). */
export const PRO_EXTENSIONS = [
  'spatialAnalystN',
  '3DAnalystN',
  'networkAnalystN',
  'geostatAnalystN',
  'dataReviewerN',
  'workflowMgrN',
  'dataInteropN',
  'imageAnalystN',
];
/** Built-in roles in rising order; a custom role's rank is unknown (the portal then decides). */
const ROLE_RANK: Record<string, number> = { org_user: 0, org_publisher: 1, org_admin: 2 };

/** A member as the inventory holds it: user type, role, and each app with its entitlements and offline flag. */
export interface InventoryMember {
  username: string;
  role: string;
  userLicenseTypeId: string;
  apps: readonly { appId: string; entitlements: readonly string[]; disconnected: boolean }[];
}

/** Seats of one user type or app: the license's maximum and how many members hold it now. */
interface Seats {
  id: string;
  max: number;
  used: number;
}

/** What portals/self/userLicenseTypes says of a user type (11.x); absent where a portal lacks it. */
export interface UserTypeRule {
  id: string;
  maxRole?: string;
  /** License app ids the type can hold. */
  compatibleApps?: readonly string[];
}

/** A bulk change: a new user type, or an app's entitlements set for each member (an empty list revokes the app). */
export type BulkChange = { kind: 'userType'; userTypeId: string } | { kind: 'entitlements'; appId: string; entitlements: readonly string[] };

interface Exclusion {
  username: string;
  reason: string;
  /** The app to release first (a license checked out offline), for a link to the release page. */
  releaseFirst?: string;
}

interface SeatChange {
  kind: 'userType' | 'app';
  id: string;
  max: number;
  before: number;
  after: number;
}

export interface Preview {
  /** Members the change will be sent for, each with what is sent. */
  send: { username: string; from: string; to: string }[];
  excluded: Exclusion[];
  seats: SeatChange[];
  /** Why nothing can be sent; undefined when the batches may go. */
  refusal?: string;
  /** The usernames to send, 25 a call. */
  batches: string[][];
}

export interface PreviewInput {
  members: readonly InventoryMember[];
  change: BulkChange;
  userTypeSeats: readonly Seats[];
  appSeats: readonly Seats[];
  /** From userLicenseTypes where the portal has it; empty: the portal's own refusal per member decides. */
  rules: readonly UserTypeRule[];
  /** Selected usernames the portal has no member for: left out, never sent. */
  unknown?: readonly string[];
}

/** Why a selected username is left out when the portal has no such member. */
export const UNKNOWN_MEMBER = 'No member of this portal has this username.';

function roleRefusal(member: InventoryMember, rule: UserTypeRule | undefined): string | undefined {
  const has = ROLE_RANK[member.role];
  const max = rule?.maxRole === undefined ? undefined : ROLE_RANK[rule.maxRole];
  if (has === undefined || max === undefined || has <= max) return undefined;
  return `Its role (${member.role}) is above what user type ${rule?.id} allows (${rule?.maxRole}).`;
}

function appsRefusal(member: InventoryMember, rule: UserTypeRule | undefined): string | undefined {
  if (!rule?.compatibleApps) return undefined;
  const blocking = member.apps.map((a) => a.appId).filter((appId) => !rule.compatibleApps?.includes(appId));
  return blocking.length > 0 ? `User type ${rule.id} cannot hold ${blocking.join(', ')}: revoke it first.` : undefined;
}

function seatChange(kind: SeatChange['kind'], seats: Seats | undefined, id: string, delta: number): SeatChange {
  const used = seats?.used ?? 0;
  return { kind, id, max: seats?.max ?? 0, before: used, after: used + delta };
}

function previewUserType(input: PreviewInput, userTypeId: string): Preview {
  const target = input.userTypeSeats.find((s) => s.id === userTypeId);
  const rule = input.rules.find((r) => r.id === userTypeId);
  const send: Preview['send'] = [];
  const excluded: Exclusion[] = [];
  for (const member of input.members) {
    const reason = member.userLicenseTypeId === userTypeId ? `Already ${userTypeId}.` : (roleRefusal(member, rule) ?? appsRefusal(member, rule));
    if (reason) excluded.push({ username: member.username, reason });
    else send.push({ username: member.username, from: member.userLicenseTypeId, to: userTypeId });
  }
  const leaving = new Map<string, number>();
  for (const line of send) leaving.set(line.from, (leaving.get(line.from) ?? 0) + 1);
  const seats = [
    seatChange('userType', target, userTypeId, send.length),
    ...[...leaving].map(([id, n]) =>
      seatChange(
        'userType',
        input.userTypeSeats.find((s) => s.id === id),
        id,
        -n,
      ),
    ),
  ];
  const refusal = !target
    ? `The license has no user type ${userTypeId}.`
    : seats[0] && seats[0].after > target.max
      ? `${send.length} members need a ${userTypeId} seat; ${Math.max(0, target.max - target.used)} are free.`
      : undefined;
  return { send, excluded, seats, ...(refusal ? { refusal } : {}), batches: refusal ? [] : batches(send.map((s) => s.username)) };
}

function listRefusal(appId: string, entitlements: readonly string[]): string | undefined {
  if (appId !== PRO || entitlements.length === 0) return undefined;
  return entitlements.filter((e) => PRO_LEVELS.includes(e)).length === 1
    ? undefined
    : `An ArcGIS Pro license needs exactly one level (${PRO_LEVELS.join(', ')}).`;
}

function previewEntitlements(input: PreviewInput, appId: string, entitlements: readonly string[]): Preview {
  const assign = entitlements.length > 0;
  const wanted = [...entitlements].sort().join(',');
  const send: Preview['send'] = [];
  const excluded: Exclusion[] = [];
  let added = 0;
  let removed = 0;
  for (const member of input.members) {
    const held = member.apps.find((a) => a.appId === appId);
    const rule = input.rules.find((r) => r.id === member.userLicenseTypeId);
    const from = held ? held.entitlements.join(',') || appId : 'none';
    if (held?.disconnected) {
      excluded.push({
        username: member.username,
        reason: `${displayName('app', appId)} is checked out offline on this member's device: release it first (the portal refuses the whole call otherwise: "None of the specified users can be disconnected.").`,
        releaseFirst: appId,
      });
    } else if (!assign && !held) excluded.push({ username: member.username, reason: `Does not hold ${appId}.` });
    else if (assign && held && [...held.entitlements].sort().join(',') === wanted)
      excluded.push({ username: member.username, reason: 'Already has this list.' });
    else if (assign && !held && rule?.compatibleApps && !rule.compatibleApps.includes(appId)) {
      excluded.push({ username: member.username, reason: `User type ${member.userLicenseTypeId} cannot hold ${appId}.` });
    } else {
      send.push({ username: member.username, from, to: assign ? entitlements.join(',') : 'none' });
      if (assign && !held) added += 1;
      if (!assign) removed += 1;
    }
  }
  const seats = input.appSeats.find((s) => s.id === appId);
  const change = seatChange('app', seats, appId, added - removed);
  const refusal =
    listRefusal(appId, entitlements) ??
    (!seats
      ? `The license has no app ${appId}.`
      : change.after > seats.max
        ? `${added} members need a ${appId} seat; ${Math.max(0, seats.max - seats.used)} are free.`
        : undefined);
  return { send, excluded, seats: [change], ...(refusal ? { refusal } : {}), batches: refusal ? [] : batches(send.map((s) => s.username)) };
}

/** The preview of `change` for the selected members (see Preview). */
export function previewBulkChange(input: PreviewInput): Preview {
  const preview =
    input.change.kind === 'userType'
      ? previewUserType(input, input.change.userTypeId)
      : previewEntitlements(input, input.change.appId, input.change.entitlements);
  return { ...preview, excluded: [...preview.excluded, ...(input.unknown ?? []).map((username) => ({ username, reason: UNKNOWN_MEMBER }))] };
}
