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
import documented from '../../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { fileScheduledChanges, futureLicenseSchedules, organizationScheduledChanges, shortfallMessage } from './scheduled-changes';

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

describe('scheduled changes against the members holding them today', () => {
  const JAN_1_2027 = Date.UTC(2027, 0, 1);
  // Issue 11's example: Creator 30 → 20 seats while 25 members hold Creator.
  const license = toOrgLicense(
    PortalLicenseSchema.parse({
      ...documented,
      userTypes: documented.userTypes.map((t) => (t.id === 'creatorUT' ? { ...t, maximumRegisteredMembers: 30, currentRegisteredMembers: 25 } : t)),
    }),
  );
  const future = (entries: Record<string, unknown>) => FutureLicenseSchema.parse(entries);

  it('Creator 30 → 20 with 25 members: flagged, 5 must be moved first', () => {
    const changes = organizationScheduledChanges(
      license,
      future({ userTypes: [{ id: 'creatorUT', maximumRegisteredMembers: 20, startDate: JAN_1_2027 }] }),
      NOW,
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ before: 30, after: 20, shortfall: { seats: 20, used: 25, over: 5 } });
    expect(changes[0] && shortfallMessage(changes[0])).toBe('20 seats from Jan 1, 2027 — 25 members hold Creator today: 5 must be moved first');
  });

  it('a change that still covers the members, or one up, is not flagged', () => {
    const changes = organizationScheduledChanges(
      license,
      future({
        userTypes: [
          { id: 'creatorUT', maximumRegisteredMembers: 25, startDate: JAN_1_2027 },
          { id: 'editorUT', maximumRegisteredMembers: 300, startDate: JAN_1_2027 },
        ],
      }),
      NOW,
    );
    expect(changes.map((c) => [c.id, c.shortfall])).toEqual([
      ['creatorUT', undefined],
      ['editorUT', undefined],
    ]);
    expect(changes.map(shortfallMessage)).toEqual([undefined, undefined]);
  });

  it('apps and bundles are checked against the assignment counts (by id or listing itemId), and not at all without them', () => {
    const scheduled = future({
      apps: [{ id: 'allsource', maximumRegisteredMembers: 10, startDate: JAN_1_2027 }],
      appBundles: [{ id: 'urbanSuiteAB', maximumRegisteredMembers: 5, startDate: JAN_1_2027 }],
    });
    const counts = { app: { '0a5e092dee574858a89afa4686386450': 12 }, appBundle: { urbanSuiteAB: 6 } };
    const checked = organizationScheduledChanges(license, scheduled, NOW, counts);
    expect(checked.map((c) => [c.id, c.shortfall?.over])).toEqual([
      ['allsource', 2],
      ['urbanSuiteAB', 1],
    ]);
    expect(checked[0] && shortfallMessage(checked[0])).toBe(
      '10 seats from Jan 1, 2027 — 12 members hold ArcGIS AllSource today: 2 must be moved first',
    );
    expect(organizationScheduledChanges(license, scheduled, NOW).map((c) => c.shortfall)).toEqual([undefined, undefined]);
  });
});

describe('a license file’s later steps', () => {
  it('the Kubernetes schedule: Storyteller from day +14, Creator up on day +45, ArcGIS Pro down on day +120', () => {
    const file = toLicenseFileContents(ValidatedLicenseSchema.parse(validatedSample('kubernetes-schedule.json', NOW)));
    const changes = fileScheduledChanges(file.schedules, NOW, displayName, () => undefined);
    expect(changes.map((c) => [c.name, (c.date - TODAY) / DAY, c.before, c.after])).toEqual([
      ['Storyteller', 14, 0, 50],
      ['Creator', 45, 200, 300],
      ['ArcGIS Pro', 120, 5800, 2000],
    ]);
  });

  it('a later step below the members holding it today is flagged', () => {
    const file = toLicenseFileContents(ValidatedLicenseSchema.parse(validatedSample('kubernetes-schedule.json', NOW)));
    const changes = fileScheduledChanges(file.schedules, NOW, displayName, (category, id) =>
      category === 'userType' && id === 'creatorUT' ? 350 : 10,
    );
    expect(changes.map((c) => [c.name, c.shortfall?.over])).toEqual([
      ['Storyteller', undefined],
      ['Creator', 50],
      ['ArcGIS Pro', undefined],
    ]);
  });
});
