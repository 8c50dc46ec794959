import type { FutureLicenseEntry, LicenseCategory, LicenseDoc, OrgState } from './state';

export const LICENSE_CATEGORIES: readonly LicenseCategory[] = ['userTypes', 'apps', 'appBundles', 'extensions'];

/**
 * What getFutureLicense lists when nothing is scheduled: every entitlement with 0 seats starting at
 * its expiration date (Esri's documentation of the operation says so).
 */
export function futureFromExpirations(license: LicenseDoc): FutureLicenseEntry[] {
  return LICENSE_CATEGORIES.flatMap((category) =>
    license[category].map((entry) => ({
      category,
      id: entry.id,
      ...(entry.itemId ? { itemId: entry.itemId } : {}),
      maximumRegisteredMembers: 0,
      startDate: entry.expiration,
    })),
  );
}

/** GET <portal>/portaladmin/license/getFutureLicense: the stored future steps, grouped as the license resource is. */
export function futureLicenseView(org: OrgState): Record<LicenseCategory, Record<string, unknown>[]> {
  const view = { userTypes: [], apps: [], appBundles: [], extensions: [] } as Record<LicenseCategory, Record<string, unknown>[]>;
  const sorted = [...org.futureLicense].sort((a, b) => a.startDate - b.startDate);
  for (const entry of sorted) {
    view[entry.category].push({
      id: entry.id,
      ...(entry.itemId ? { itemId: entry.itemId } : {}),
      maximumRegisteredMembers: entry.maximumRegisteredMembers,
      startDate: entry.startDate,
    });
  }
  return view;
}
