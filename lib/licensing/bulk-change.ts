import { displayName } from './display-names';
import type { Entitlement, OrgLicense } from './license-model';
import type { BulkChange, InventoryMember, Preview, PreviewInput, UserTypeRule } from './reclaim-preview';
import { seatsUsed, type AssignmentCounts } from './utilization';

// From what the portal says now (the license, the counts, the selected members and the listings of
// the apps concerned) to the reclaim preview's input; and a plan's canonical text, so an apply can
// tell whether the portal still gives the plan the admin confirmed.

/** A bulk action as the dialog sends it: apps are named by their listing's itemId. */
export type BulkActionInput =
  | { kind: 'changeUserType'; userLicenseType: string }
  | { kind: 'revokeApp'; itemId: string }
  | { kind: 'assignApp'; itemId: string; entitlements: readonly string[] };

/** A member as users/search gives it (only the fields a preview needs). */
interface SearchedMember {
  username: string;
  role?: string;
  userLicenseTypeId?: string;
}

/** A listing entry as content/listings/<itemId>/userEntitlements gives it. */
interface ListingEntry {
  username: string;
  disconnected?: boolean;
  entitlements: readonly string[];
}

const apps = (license: OrgLicense): Entitlement[] => license.entitlements.filter((e) => e.category === 'app');

/** The license's app whose listing is `itemId` (case-insensitive), or undefined. */
function appOfItem(license: OrgLicense, itemId: string): Entitlement | undefined {
  return apps(license).find((a) => a.itemId?.toLowerCase() === itemId.toLowerCase());
}

/** The change the preview computes; undefined when the action names a user type or app the license lacks. */
export function changeOf(license: OrgLicense, action: BulkActionInput): BulkChange | undefined {
  if (action.kind === 'changeUserType') {
    return license.entitlements.some((e) => e.category === 'userType' && e.id === action.userLicenseType)
      ? { kind: 'userType', userTypeId: action.userLicenseType }
      : undefined;
  }
  const app = appOfItem(license, action.itemId);
  if (!app) return undefined;
  return { kind: 'entitlements', appId: app.id, entitlements: action.kind === 'assignApp' ? [...action.entitlements] : [] };
}

/**
 * The listings a preview must read: the app changed; for a user type change, every app the new type
 * cannot hold (a member holding one is named), none where the portal gives no rules (it decides).
 */
export function listingsToRead(license: OrgLicense, change: BulkChange, rules: readonly UserTypeRule[]): string[] {
  if (change.kind === 'entitlements') return apps(license).flatMap((a) => (a.id === change.appId && a.itemId ? [a.itemId] : []));
  const compatible = rules.find((r) => r.id === change.userTypeId)?.compatibleApps;
  if (!compatible) return [];
  return apps(license).flatMap((a) => (a.itemId && !compatible.includes(a.id) ? [a.itemId] : []));
}

/** The preview's input from the portal's current answers. */
export function previewInputOf(state: {
  license: OrgLicense;
  counts: AssignmentCounts | undefined;
  change: BulkChange;
  rules: readonly UserTypeRule[];
  members: readonly SearchedMember[];
  unknown: readonly string[];
  /** The selected members' entries of each listing read, by itemId. */
  listings: ReadonlyMap<string, readonly ListingEntry[]>;
}): PreviewInput {
  const appOf = new Map(apps(state.license).flatMap((a) => (a.itemId ? [[a.itemId.toLowerCase(), a.id] as const] : [])));
  const held = new Map<string, InventoryMember['apps'][number][]>();
  for (const [itemId, entries] of state.listings) {
    const appId = appOf.get(itemId.toLowerCase());
    if (!appId) continue;
    for (const entry of entries) {
      const key = entry.username.toLowerCase();
      held.set(key, [...(held.get(key) ?? []), { appId, entitlements: entry.entitlements, disconnected: entry.disconnected ?? false }]);
    }
  }
  const seats = (category: 'userType' | 'app') =>
    state.license.entitlements
      .filter((e) => e.category === category)
      .map((e) => ({ id: e.id, max: e.purchased ?? 0, used: seatsUsed(e, state.counts) ?? 0 }));
  return {
    members: state.members.map((m) => ({
      username: m.username,
      role: m.role ?? '',
      userLicenseTypeId: m.userLicenseTypeId ?? '',
      apps: held.get(m.username.toLowerCase()) ?? [],
    })),
    change: state.change,
    userTypeSeats: seats('userType'),
    appSeats: seats('app'),
    rules: state.rules,
    unknown: state.unknown,
  };
}

/** The seats rows with the names the overview uses. */
export function namedSeats(preview: Preview): (Preview['seats'][number] & { name: string })[] {
  return preview.seats.map((s) => ({ ...s, name: displayName(s.kind, s.id) }));
}

/**
 * The plan's canonical text: what is sent to whom, who is left out and why, the seats before → after
 * and any refusal. Two previews with the same text send the same calls on the same arithmetic.
 */
export function planText(change: BulkChange, preview: Preview): string {
  return JSON.stringify([
    change,
    preview.send.map((s) => [s.username.toLowerCase(), s.from, s.to]),
    preview.excluded.map((e) => [e.username.toLowerCase(), e.reason]),
    preview.seats.map((s) => [s.kind, s.id, s.max, s.before, s.after]),
    preview.refusal ?? null,
  ]);
}

/**
 * What a member holds before or after, in names: a user type's name, or an app's entitlements by
 * name ("Advanced, Spatial Analyst"); "none" stays, and an app held without entitlements is named.
 */
export function holdingWords(change: BulkChange, held: string, entitlementName: (id: string) => string): string {
  if (change.kind === 'userType') return held === '' ? 'not reported' : displayName('userType', held);
  if (held === 'none') return held;
  if (held === change.appId) return displayName('app', held);
  return held.split(',').map(entitlementName).join(', ');
}

/** The change in words: "Change user type to Creator", "Revoke ArcGIS Pro", "Assign ArcGIS Pro (Advanced, Spatial Analyst)". */
export function actionWords(change: BulkChange, entitlementName: (id: string) => string): string {
  if (change.kind === 'userType') return `Change user type to ${displayName('userType', change.userTypeId)}`;
  const app = displayName('app', change.appId);
  return change.entitlements.length === 0 ? `Revoke ${app}` : `Assign ${app} (${change.entitlements.map(entitlementName).join(', ')})`;
}
