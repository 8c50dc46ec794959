import { createHash } from 'node:crypto';
import { LICENSE_CATEGORIES } from './future-license';
import { dayToEpoch, groupSteps, type DemoLicenseFile, type ProvisionStep } from './license-files';
import type { FutureLicenseEntry, LicenseEntry, OrgState } from './state';

// What validateLicense answers for a license file (the MyEsri shape, as Esri documents it for
// Enterprise on Kubernetes 11.0), and what importLicense does with it.

const USER_TYPE_DEFINITIONS: Record<string, { name: string; level: string }> = {
  viewerUT: { name: 'Viewer', level: '1' },
  storytellerUT: { name: 'Storyteller', level: '2' },
  editorUT: { name: 'Editor', level: '11' },
  contributorUT: { name: 'Contributor', level: '2' },
  fieldWorkerUT: { name: 'Mobile Worker', level: '11' },
  creatorUT: { name: 'Creator', level: '2' },
  GISProfessionalBasicUT: { name: 'GIS Professional Basic', level: '2' },
  GISProfessionalStdUT: { name: 'GIS Professional Standard', level: '2' },
  GISProfessionalAdvUT: { name: 'GIS Professional Advanced', level: '2' },
  IndoorsUserUT: { name: 'Indoors User', level: '2' },
};

const BUNDLE_NAMES: Record<string, string> = {
  urbanSuiteAB: 'Urban Suite',
  fieldAppsAB: 'Field Apps',
  essentialAppsAB: 'Essential Apps',
  officeAppsAB: 'Office Apps',
};

/** The MyEsri answer of validateLicense (listAdministratorUserTypes=false). */
export function myEsriLicense(file: DemoLicenseFile, today: number): Record<string, unknown> {
  const at = (step: ProvisionStep) => dayToEpoch(today, step.startDay);
  const provision = file.provision ?? { userTypes: [], apps: [], appBundles: [], extensions: [] };
  const userTypeIds = [...new Set(provision.userTypes.map((s) => s.id))];
  const bundleIds = [...new Set(provision.appBundles.map((s) => s.id))];
  return {
    MyEsri: {
      capabilities: Buffer.from(
        `svradv,${file.version.replace('.', '')},ecp${createHash('sha256').update(file.signature).digest('hex').slice(0, 9)}`,
      ).toString('base64'),
      provision: {
        extensions: provision.extensions.map((s) => ({
          entitlements: [{ apiName: s.id, num: s.maxUsers }],
          maxUsers: s.maxUsers,
          id: s.id,
          startDate: at(s),
        })),
        appBundles: provision.appBundles.map((s) => ({ maxUsers: s.maxUsers, id: s.id, startDate: at(s), apps: null })),
        userTypes: provision.userTypes.map((s) => ({ maxUsers: s.maxUsers, id: s.id, startDate: at(s), apps: null })),
        apps: provision.apps.map((s) => ({ maxUsers: s.maxUsers, id: s.id, startDate: at(s) })),
      },
      portalCapabilities: file.portalCapabilities.map((c) => ({
        id: c.id,
        startDate: dayToEpoch(today, c.startDay),
        expiration: dayToEpoch(today, c.endDay),
      })),
      version: file.version,
      definitions: {
        appBundles: bundleIds.map((id) => ({ appBundleItemId: id, name: BUNDLE_NAMES[id] ?? id, description: BUNDLE_NAMES[id] ?? id })),
        userTypes: userTypeIds.map((id) => {
          const definition = USER_TYPE_DEFINITIONS[id] ?? { name: id, level: '2' };
          return { level: definition.level, name: definition.name, description: definition.name, id, isEsriDefault: true };
        }),
      },
    },
  };
}

/** What listAdministratorUserTypes=true answers: the user types an administrator may hold. */
export function administratorUserTypes(file: DemoLicenseFile): Record<string, unknown> {
  const eligible = new Set(['creatorUT', 'GISProfessionalBasicUT', 'GISProfessionalStdUT', 'GISProfessionalAdvUT']);
  const ids = [...new Set((file.provision?.userTypes ?? []).map((s) => s.id))].filter((id) => eligible.has(id));
  return { userTypes: ids.map((id) => ({ id })) };
}

/** A listing's item id for an app the organization did not have: stable, 32 hex digits like a real one. */
function itemIdFor(id: string): string {
  return createHash('md5').update(`listing:${id}`).digest('hex');
}

/**
 * importLicense: the file's step in force now becomes each entitlement's seats, its first later
 * step to 0 seats the expiration; every later step is kept for getFutureLicense. Entitlements the
 * file lacks (or that have ended) are gone, as an import overwrites the license. Members keep
 * their user types and apps even when seats fall short, as on a real portal.
 */
export function applyOrgLicenseFile(org: OrgState, file: DemoLicenseFile, now: number, today: number): void {
  const grouped = groupSteps(file);
  const known = new Map(LICENSE_CATEGORIES.flatMap((c) => org.license[c].map((e) => [`${c}:${e.id}`, e.itemId] as const)));
  const future: FutureLicenseEntry[] = [];
  for (const category of LICENSE_CATEGORIES) {
    const entries: LicenseEntry[] = [];
    for (const [id, steps] of Object.entries(grouped[category])) {
      const itemId = category === 'userTypes' ? undefined : (known.get(`${category}:${id}`) ?? itemIdFor(id));
      const dated = steps.map((s) => ({ seats: s.maxUsers, start: dayToEpoch(today, s.startDay) }));
      const current = [...dated].reverse().find((s) => s.start <= now);
      const later = dated.filter((s) => s.start > now);
      for (const step of later) {
        future.push({ category, id, ...(itemId ? { itemId } : {}), maximumRegisteredMembers: step.seats, startDate: step.start });
      }
      if (!current || current.seats === 0) continue;
      // No end in the file: the portal reports no date (the dashboard reads a non-positive one as none).
      const end = later.find((s) => s.seats === 0)?.start ?? 0;
      entries.push({ id, ...(itemId ? { itemId } : {}), maximumRegisteredMembers: current.seats, expiration: end });
    }
    org.license[category] = entries;
  }
  org.license.portalCapabilities = file.portalCapabilities
    .filter((c) => c.startDay <= 0 && c.endDay > 0)
    .map((c) => ({ id: c.id, expiration: dayToEpoch(today, c.endDay) }));
  org.license.maximumRegisteredMembers = org.license.userTypes.reduce((sum, e) => sum + e.maximumRegisteredMembers, 0);
  org.futureLicense = future;
}
