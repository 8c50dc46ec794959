import { describe, expect, it } from 'vitest';
import { demoOrganization, validatedSample, type SampleName } from '../../emulator/samples';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
import { countMarks, diffLicense, type DiffRow } from './license-diff';
import { toLicenseFileContents } from './license-file';
import { toOrgLicense } from './license-model';

// The sample files against the demo organization, as the dashboard receives both.
const NOW = Date.UTC(2026, 2, 10, 13, 30);
const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 2, 10);
const demo = demoOrganization('portal', NOW);

function diffOf(sample: SampleName, kind: 'portal' | 'kubernetes' = 'portal') {
  const org = kind === 'portal' ? demo : demoOrganization(kind, NOW);
  const license = toOrgLicense(PortalLicenseSchema.parse(org.license));
  const file = toLicenseFileContents(ValidatedLicenseSchema.parse(validatedSample(sample, NOW)));
  return diffLicense(license, file, org.counts, NOW);
}

function row(rows: DiffRow[], key: string): DiffRow {
  const found = rows.find((r) => r.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe('the renewal', () => {
  const rows = diffOf('portal-renewal.json');

  it('marks a renewal with the same seats Renewed, with both expirations', () => {
    expect(row(rows, 'userType:viewerUT')).toMatchObject({
      name: 'Viewer',
      current: { seats: 200, expiration: TODAY + 290 * DAY },
      next: { seats: 200, expiration: TODAY + 655 * DAY },
      used: 4,
      marks: ['renewed'],
    });
    // Expired before the renewal, licensed again by it.
    expect(row(rows, 'app:stMapEU').marks).toEqual(['renewed']);
  });

  it('compares against the step in force now, not the later increase', () => {
    // Creator: 250 now, 300 from day +30: the preview compares 200 with 250.
    expect(row(rows, 'userType:creatorUT')).toMatchObject({ current: { seats: 200 }, next: { seats: 250 }, used: 53, marks: ['more', 'renewed'] });
  });

  it('marks what the organization lacks Added and what keeps its seats and date Unchanged', () => {
    expect(row(rows, 'app:QuickCapture')).toMatchObject({ name: 'ArcGIS QuickCapture', next: { seats: 100 }, marks: ['added'] });
    expect(row(rows, 'app:QuickCapture').current).toBeUndefined();
    expect(row(rows, 'extension:advediting').marks).toEqual(['unchanged']);
    expect(row(rows, 'capability:ips')).toMatchObject({ name: 'Indoor Positioning System', marks: ['unchanged'] });
    expect(row(rows, 'capability:indoorsmaps').marks).toEqual(['renewed']);
  });

  it('uses the member counts for apps and bundles', () => {
    expect(row(rows, 'app:arcgisprodesktop').used).toBe(46);
    expect(row(rows, 'appBundle:urbanSuiteAB').used).toBe(3);
    expect(countMarks(rows)).toMatchObject({ added: 1, removed: 0, fewer: 0, more: 1, unchanged: 2 });
  });
});

describe('the shrink', () => {
  const rows = diffOf('portal-shrink.json');

  it('marks fewer seats and removed entitlements, what hurts first', () => {
    expect(row(rows, 'userType:creatorUT')).toMatchObject({ current: { seats: 200 }, next: { seats: 40 }, used: 53 });
    expect(row(rows, 'userType:creatorUT').marks).toEqual(['fewer', 'shorter']);
    expect(row(rows, 'app:Insights')).toMatchObject({ marks: ['removed'], used: 12, current: { seats: 200 } });
    expect(row(rows, 'app:Insights').next).toBeUndefined();
    expect(row(rows, 'app:stMapLatA')).toMatchObject({ marks: ['removed'], used: 0 });
    const apps = rows.filter((r) => r.category === 'app');
    expect(apps[0]?.marks).toEqual(['removed']);
    expect(rows[0]?.category).toBe('userType');
  });
});

describe('an expired file', () => {
  it('has nothing in force: every entitlement is Removed, with the date it ended', () => {
    const rows = diffOf('portal-expired.json');
    expect(rows.every((r) => r.marks.includes('removed'))).toBe(true);
    expect(row(rows, 'userType:creatorUT').endedOn).toBe(TODAY - 5 * DAY);
  });
});

describe('a Kubernetes schedule', () => {
  const rows = diffOf('kubernetes-schedule.json', 'kubernetes');

  it('compares each entitlement with its step in force and shows when a new one starts', () => {
    expect(row(rows, 'userType:creatorUT')).toMatchObject({ next: { seats: 200, expiration: TODAY + 400 * DAY }, marks: ['renewed'] });
    expect(row(rows, 'app:arcgisprodesktop')).toMatchObject({ next: { seats: 5800 }, marks: ['renewed'] });
    expect(row(rows, 'userType:storytellerUT')).toMatchObject({ marks: ['added'], startsOn: TODAY + 14 * DAY, next: { seats: 50 } });
  });
});
