import { formatCount } from '@/lib/view/dates';
import { displayName } from '@/lib/licensing/display-names';

// How the members table says roles, entitlements and times in words.

const ROLE_NAMES: Record<string, string> = { org_admin: 'Administrator', org_publisher: 'Publisher', org_user: 'User' };

// ArcGIS Pro's levels and its common extensions as Esri names them; other ids are shown as they are.
const ENTITLEMENT_NAMES: Record<string, string> = {
  desktopBasicN: 'Pro Basic',
  desktopStdN: 'Pro Standard',
  desktopAdvN: 'Pro Advanced',
  spatialAnalystN: 'Spatial Analyst',
  '3DAnalystN': '3D Analyst',
  networkAnalystN: 'Network Analyst',
  geostatAnalystN: 'Geostatistical Analyst',
  imageAnalystN: 'Image Analyst',
  dataReviewerN: 'Data Reviewer',
  workflowMgrN: 'Workflow Manager',
};

/** A role as admins know it: the built-in role's name, or "Custom role" with the custom role's id. */
export function roleWords(role: string | null, roleId: string | null): string {
  if (roleId && !ROLE_NAMES[roleId] && roleId !== role) return `Custom role (${roleId})`;
  return role ? (ROLE_NAMES[role] ?? role) : '—';
}

/** A role or custom role id as a filter choice. */
export function roleChoice(value: string): string {
  return ROLE_NAMES[value] ?? `Custom role ${value}`;
}

/** "1 member", "2,500 members". */
export function membersWords(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'member' : 'members'}`;
}

/** A user type's display name (lib/licensing/display-names.ts); an unknown id as it is. */
export function userTypeWords(id: string | null): string {
  return id ? displayName('userType', id) : 'not reported';
}

/** An entitlement's name: Pro levels and known extensions by name, anything else as its id. */
export function entitlementWords(id: string): string {
  return ENTITLEMENT_NAMES[id] ?? id;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The platform's own wording (Intl.RelativeTimeFormat): no library to ship to the browser for it.
const RELATIVE = new Intl.RelativeTimeFormat('en-US', { numeric: 'always' });

/**
 * "just now", "5 minutes ago", "3 hours ago", "412 days ago": how long before `now` (epoch ms), in
 * whole units, days above a day: the filters count idle time in days, so the table does too.
 */
export function agoWords(epochMs: number, now: number): string {
  const elapsed = now - epochMs;
  if (elapsed < MINUTE) return 'just now';
  const [size, unit] = elapsed < HOUR ? [MINUTE, 'minute' as const] : elapsed < DAY ? [HOUR, 'hour' as const] : [DAY, 'day' as const];
  return RELATIVE.format(-Math.floor(elapsed / size), unit);
}
