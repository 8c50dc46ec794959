import { formatCount } from '../view/dates';
import { displayName } from './display-names';
import type { Entitlement, EntitlementCategory, OrgLicense } from './license-model';

export type UtilizationLevel = 'unknown' | 'normal' | 'high' | 'full' | 'over';

export interface Utilization {
  used?: number;
  purchased?: number;
  /** used / purchased; undefined when either is unknown or nothing was purchased. */
  ratio?: number;
  level: UtilizationLevel;
}

/** Seats at or above this share of the purchase are flagged before they run out. */
const HIGH_UTILIZATION = 0.9;

export function utilization(used: number | undefined, purchased: number | undefined): Utilization {
  if (used === undefined || purchased === undefined) return { used, purchased, level: 'unknown' };
  const ratio = purchased > 0 ? used / purchased : undefined;
  let level: UtilizationLevel = 'normal';
  if (used > purchased) level = 'over';
  else if (used === purchased && purchased > 0) level = 'full';
  else if (ratio !== undefined && ratio >= HIGH_UTILIZATION) level = 'high';
  return { used, purchased, ratio, level };
}

/**
 * "70 of 1,400", or "7 of 5 — over by 2" when more are in use than purchased, so over-use is said in
 * words wherever the figures are; "not reported" stands in for a figure the portal left out.
 */
export function formatUsage({ used, purchased }: Pick<Utilization, 'used' | 'purchased'>): string {
  if (used === undefined && purchased === undefined) return 'not reported';
  const text = `${used !== undefined ? formatCount(used) : 'not reported'} of ${purchased !== undefined ? formatCount(purchased) : 'not reported'}`;
  return used !== undefined && purchased !== undefined && used > purchased ? `${text} — over by ${formatCount(used - purchased)}` : text;
}

export const UTILIZATION_LABELS: Record<UtilizationLevel, string> = {
  unknown: 'Not reported',
  normal: 'OK',
  high: '≥ 90% used',
  full: 'Full',
  over: 'Over limit',
};

/**
 * Members assigned each app or bundle, keyed as the portal keys them (id or listing itemId).
 * A category is absent when the portal could not say.
 */
export interface AssignmentCounts {
  app?: Record<string, number>;
  appBundle?: Record<string, number>;
}

export interface UsageRow {
  entitlement: Entitlement;
  name: string;
  utilization: Utilization;
}

const COUNTED_AS: Partial<Record<EntitlementCategory, keyof AssignmentCounts>> = {
  app: 'app',
  appBundle: 'appBundle',
};

function assignedFromCounts(entitlement: Entitlement, counts: AssignmentCounts | undefined): number | undefined {
  const key = COUNTED_AS[entitlement.category];
  const byKey = key ? counts?.[key] : undefined;
  if (!byKey) return undefined;
  // The counts endpoint keys apps by app id on some versions and by listing itemId on others;
  // an entitlement nobody holds is absent from the counts, which means zero, not unknown.
  return byKey[entitlement.id] ?? (entitlement.itemId ? byKey[entitlement.itemId] : undefined) ?? 0;
}

/** Seats in use: the license's own figure for user types, the member counts for apps and bundles. */
export function seatsUsed(entitlement: Entitlement, counts: AssignmentCounts | undefined): number | undefined {
  return entitlement.used ?? assignedFromCounts(entitlement, counts);
}

function compareByUtilization(a: UsageRow, b: UsageRow): number {
  const ratioA = a.utilization.ratio ?? (a.utilization.level === 'over' ? Infinity : -1);
  const ratioB = b.utilization.ratio ?? (b.utilization.level === 'over' ? Infinity : -1);
  if (ratioA !== ratioB) return ratioB - ratioA;
  const usedDiff = (b.utilization.used ?? -1) - (a.utilization.used ?? -1);
  return usedDiff !== 0 ? usedDiff : a.name.localeCompare(b.name);
}

/** Rows of one category, most used first. */
export function usageRows(license: OrgLicense, category: EntitlementCategory, counts?: AssignmentCounts): UsageRow[] {
  return license.entitlements
    .filter((e) => e.category === category)
    .map((entitlement) => ({
      entitlement,
      name: displayName(entitlement.category, entitlement.id),
      utilization: utilization(seatsUsed(entitlement, counts), entitlement.purchased),
    }))
    .sort(compareByUtilization);
}

export function memberUtilization(license: OrgLicense): Utilization {
  return utilization(license.members.used, license.members.purchased);
}
