import { describe, expect, it } from 'vitest';
import { futureLicenseView } from '../../emulator/future-license';
import { portalLicenseView } from '../../emulator/license-view';
import { applyOrgLicenseFile } from '../../emulator/org-license-file';
import { demoOrganization, sampleContent, validatedSample } from '../../emulator/samples';
import { FutureLicenseSchema } from '../schemas/future-license';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
import { displayName } from './display-names';
import { toLicenseFileContents } from './license-file';
import { toOrgLicense } from './license-model';
import { fileScheduledChanges, futureLicenseSchedules, organizationScheduledChanges } from './scheduled-changes';

const NOW = Date.UTC(2026, 2, 10, 13, 30);
const TODAY = Date.UTC(2026, 2, 10);
const DAY = 86_400_000;

describe('the organization’s scheduled changes (getFutureLicense)', () => {
  it('with nothing scheduled, every entry is an expiry at 0 seats: no change to list', () => {
    const { org, license } = demoOrganization('portal', NOW);
    const future = FutureLicenseSchema.parse(futureLicenseView(org));
    expect(future.userTypes.every((e) => e.maximumRegisteredMembers === 0)).toBe(true);
    expect(organizationScheduledChanges(toOrgLicense(PortalLicenseSchema.parse(license)), future, NOW)).toEqual([]);
    // Each of them is one entitlement's expiry: a step to 0 seats.
    expect(futureLicenseSchedules(future).every((s) => s.steps.length === 1 && s.steps[0]?.seats === 0)).toBe(true);
  });

  it('after the renewal: Creator 250 → 300 on day +30, before → after', () => {
    const demo = demoOrganization('portal', NOW);
    applyOrgLicenseFile(demo.org, sampleContent('portal-renewal.json'), NOW, TODAY);
    const license = toOrgLicense(PortalLicenseSchema.parse(portalLicenseView(demo.org)));
    const changes = organizationScheduledChanges(license, FutureLicenseSchema.parse(futureLicenseView(demo.org)), NOW);
    expect(changes).toEqual([
      {
        category: 'userType',
        id: 'creatorUT',
        date: TODAY + 30 * DAY,
        before: 250,
        after: 300,
        key: `userType:creatorUT@${TODAY + 30 * DAY}`,
        name: 'Creator',
        kindLabel: 'User type',
      },
    ]);
  });
});

describe('a license file’s later steps', () => {
  it('the Kubernetes schedule: Storyteller from day +14, Creator up on day +45, ArcGIS Pro down on day +120', () => {
    const file = toLicenseFileContents(ValidatedLicenseSchema.parse(validatedSample('kubernetes-schedule.json', NOW)));
    const changes = fileScheduledChanges(file.schedules, NOW, displayName);
    expect(changes.map((c) => [c.name, (c.date - TODAY) / DAY, c.before, c.after])).toEqual([
      ['Storyteller', 14, 0, 50],
      ['Creator', 45, 200, 300],
      ['ArcGIS Pro', 120, 5800, 2000],
    ]);
  });
});
