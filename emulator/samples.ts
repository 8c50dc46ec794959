import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { portalLicenseView } from './license-view';
import { readLicenseFile, type DemoLicenseFile, type LicenseProduct } from './license-files';
import { myEsriLicense } from './org-license-file';
import { seedOrg, utcMidnight } from './seed';
import { countBy, type OrgState } from './state';

// The sample license files (emulator/samples/) as the portal would answer for them, for unit
// tests that feed the dashboard's domain logic exactly what it receives.

export type SampleName =
  | 'portal-renewal.json'
  | 'portal-shrink.json'
  | 'portal-expired.json'
  | 'portal-corrupt.json'
  | 'kubernetes-schedule.json'
  | 'server-authorization.prvc'
  | 'garbage.json'
  | 'not-a-license.json';

export function sampleBytes(name: SampleName): Buffer {
  return readFileSync(fileURLToPath(new URL(`./samples/${name}`, import.meta.url)));
}

/** The sample's content without the portal's checks (an expired file is read as it is). */
export function sampleContent(name: SampleName): DemoLicenseFile {
  return JSON.parse(sampleBytes(name).toString('utf8')) as DemoLicenseFile;
}

/** What validateLicense answers for a sample on `now`'s day; an expired file is answered as if it were accepted. */
export function validatedSample(name: SampleName, now: number): Record<string, unknown> {
  return myEsriLicense(sampleContent(name), utcMidnight(now));
}

/** validateLicense's judgement of a sample (throws the portal's error for a bad one). */
export function judgeSample(name: SampleName, product: LicenseProduct, now: number): DemoLicenseFile {
  return readLicenseFile(sampleBytes(name), product, utcMidnight(now), { parameter: 'file', headline: 'Unable to validate the license file.' });
}

/** The demo organization on `now`, its license resource and its app and bundle assignment counts. */
export function demoOrganization(kind: 'portal' | 'kubernetes', now: number) {
  const org: OrgState = seedOrg(kind, now);
  return {
    org,
    license: portalLicenseView(org),
    counts: {
      app: Object.fromEntries(countBy(org.members, (m) => m.apps)),
      appBundle: Object.fromEntries(countBy(org.members, (m) => m.appBundles)),
    },
  };
}
