import type { ValidatedLicense } from '../schemas/validated-license';
import { buildSchedules, type EntitlementSchedule, type ScheduleEntry } from './entitlement-schedule';
import type { EntitlementCategory } from './license-model';

/** What a license file holds, as the portal read it (validateLicense), one schedule per entitlement. */
export interface LicenseFileContents {
  version?: string;
  schedules: EntitlementSchedule[];
}

const PROVISION_CATEGORIES: ['userTypes' | 'apps' | 'appBundles' | 'extensions', EntitlementCategory][] = [
  ['userTypes', 'userType'],
  ['apps', 'app'],
  ['appBundles', 'appBundle'],
  ['extensions', 'extension'],
];

export function toLicenseFileContents(raw: ValidatedLicense): LicenseFileContents {
  const { MyEsri: license } = raw;
  const userTypeNames = new Map((license.definitions?.userTypes ?? []).map((d) => [d.id, d.name]));
  const bundleNames = new Map((license.definitions?.appBundles ?? []).map((d) => [d.appBundleItemId, d.name]));
  const namesOf: Partial<Record<EntitlementCategory, Map<string, string | undefined>>> = { userType: userTypeNames, appBundle: bundleNames };

  const entries: ScheduleEntry[] = PROVISION_CATEGORIES.flatMap(([field, category]) =>
    license.provision[field].map((entry) => {
      const definedName = namesOf[category]?.get(entry.id);
      return { category, id: entry.id, seats: entry.maxUsers, start: entry.startDate, ...(definedName ? { definedName } : {}) };
    }),
  );
  for (const capability of license.portalCapabilities) {
    // Listed as a bare id, or with its dates.
    const { id, startDate, expiration } = capability as { id: string; startDate?: number; expiration?: number };
    entries.push({ category: 'capability', id, start: startDate, end: expiration });
  }
  return { ...(license.version ? { version: license.version } : {}), schedules: buildSchedules(entries) };
}
