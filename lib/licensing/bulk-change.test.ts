import { describe, expect, it } from 'vitest';
import { actionWords, changeOf, holdingWords, listingsToRead, planText, previewInputOf } from './bulk-change';
import type { Entitlement, OrgLicense } from './license-model';
import { previewBulkChange } from './reclaim-preview';

const PRO_ITEM = 'd4a332a0be784dd2be53cec0a35e0859';
const D2M_ITEM = '0b0e0497ace34206a67413d051530ded';
const entitlement = (category: Entitlement['category'], id: string, purchased: number, extra: Partial<Entitlement> = {}): Entitlement => ({
  category,
  id,
  purchased,
  extra: {},
  ...extra,
});
const license: OrgLicense = {
  version: '11.4',
  members: {},
  extra: {},
  entitlements: [
    entitlement('userType', 'creatorUT', 10, { used: 8 }),
    entitlement('userType', 'viewerUT', 5, { used: 4 }),
    entitlement('app', 'arcgisprodesktop', 5, { itemId: PRO_ITEM }),
    entitlement('app', 'arcgisd2m', 2, { itemId: D2M_ITEM }),
    entitlement('app', 'noListing', 2),
  ],
};
const counts = { app: { [PRO_ITEM]: 4 } };

describe('changeOf', () => {
  it('names apps by listing itemId (any case) and refuses what the license lacks', () => {
    expect(changeOf(license, { kind: 'revokeApp', itemId: PRO_ITEM.toUpperCase() })).toEqual({
      kind: 'entitlements',
      appId: 'arcgisprodesktop',
      entitlements: [],
    });
    expect(changeOf(license, { kind: 'assignApp', itemId: PRO_ITEM, entitlements: ['desktopAdvN'] })).toEqual({
      kind: 'entitlements',
      appId: 'arcgisprodesktop',
      entitlements: ['desktopAdvN'],
    });
    expect(changeOf(license, { kind: 'changeUserType', userLicenseType: 'viewerUT' })).toEqual({ kind: 'userType', userTypeId: 'viewerUT' });
    expect(changeOf(license, { kind: 'changeUserType', userLicenseType: 'wizardUT' })).toBeUndefined();
    expect(changeOf(license, { kind: 'revokeApp', itemId: 'f'.repeat(32) })).toBeUndefined();
  });
});

describe('listingsToRead', () => {
  it('reads the changed app, or for a user type the listings of apps it cannot hold; none without rules', () => {
    expect(listingsToRead(license, { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] }, [])).toEqual([PRO_ITEM]);
    const viewer = { kind: 'userType', userTypeId: 'viewerUT' } as const;
    expect(listingsToRead(license, viewer, [{ id: 'viewerUT', compatibleApps: ['arcgisd2m'] }])).toEqual([PRO_ITEM]);
    expect(listingsToRead(license, viewer, [])).toEqual([]);
  });
});

describe('previewInputOf', () => {
  it('gives each member the apps its listings name, seats from the license and the counts (itemId keys)', () => {
    const input = previewInputOf({
      license,
      counts,
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] },
      rules: [],
      members: [{ username: 'Ann', role: 'org_user', userLicenseTypeId: 'creatorUT' }, { username: 'bob' }],
      unknown: ['ghost'],
      listings: new Map([[PRO_ITEM, [{ username: 'ann', disconnected: true, entitlements: ['desktopAdvN'] }]]]),
    });
    expect(input.members).toEqual([
      {
        username: 'Ann',
        role: 'org_user',
        userLicenseTypeId: 'creatorUT',
        apps: [{ appId: 'arcgisprodesktop', entitlements: ['desktopAdvN'], disconnected: true }],
      },
      { username: 'bob', role: '', userLicenseTypeId: '', apps: [] },
    ]);
    expect(input.appSeats).toContainEqual({ id: 'arcgisprodesktop', max: 5, used: 4 });
    expect(input.appSeats).toContainEqual({ id: 'arcgisd2m', max: 2, used: 0 });
    expect(input.userTypeSeats).toContainEqual({ id: 'creatorUT', max: 10, used: 8 });
    expect(input.unknown).toEqual(['ghost']);
  });
});

describe('planText', () => {
  const change = { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] } as const;
  const preview = (used: number, holders: string[]) =>
    previewBulkChange({
      members: holders.map((username) => ({
        username,
        role: 'org_user',
        userLicenseTypeId: 'creatorUT',
        apps: [{ appId: 'arcgisprodesktop', entitlements: ['desktopAdvN'], disconnected: false }],
      })),
      change,
      userTypeSeats: [],
      appSeats: [{ id: 'arcgisprodesktop', max: 5, used }],
      rules: [],
    });
  it('is the same for the same plan and differs when the seats or the members moved', () => {
    expect(planText(change, preview(4, ['a', 'b']))).toBe(planText(change, preview(4, ['a', 'b'])));
    expect(planText(change, preview(3, ['a', 'b']))).not.toBe(planText(change, preview(4, ['a', 'b'])));
    expect(planText(change, preview(4, ['a']))).not.toBe(planText(change, preview(4, ['a', 'b'])));
  });
});

describe('actionWords', () => {
  it('says the change as the admin would', () => {
    expect(actionWords({ kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] }, (id) => id)).toBe('Revoke ArcGIS Pro');
    expect(
      actionWords({ kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: ['desktopAdvN', 'spatialAnalystN'] }, (id) => `<${id}>`),
    ).toBe('Assign ArcGIS Pro (<desktopAdvN>, <spatialAnalystN>)');
    expect(actionWords({ kind: 'userType', userTypeId: 'viewerUT' }, (id) => id)).toMatch(/^Change user type to /);
  });
});

describe('holdingWords', () => {
  const pro = { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] } as const;
  const name = (id: string) => ({ desktopAdvN: 'Advanced', spatialAnalystN: 'Spatial Analyst' })[id] ?? id;
  it('names entitlements, an app held without any, and user types', () => {
    expect(holdingWords(pro, 'desktopAdvN,spatialAnalystN', name)).toBe('Advanced, Spatial Analyst');
    expect(holdingWords(pro, 'none', name)).toBe('none');
    expect(holdingWords(pro, 'arcgisprodesktop', name)).toBe('ArcGIS Pro');
    expect(holdingWords({ kind: 'userType', userTypeId: 'viewerUT' }, 'viewerUT', name)).not.toBe('viewerUT');
  });
});
