import { describe, expect, it } from 'vitest';
import { inventoryRows } from './inventory-rows';

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const D2M = '0b0e0497ace34206a67413d051530ded';

describe('inventoryRows', () => {
  it('maps every field, -1 (never) to null and missing fields to null', () => {
    const rows = inventoryRows(
      [
        {
          username: 'ann',
          fullName: 'Ann Lee',
          email: 'ann@example.com',
          role: 'org_user',
          roleId: 'r1',
          userLicenseTypeId: 'creatorUT',
          created: 1_000,
          lastLogin: -1,
          disabled: true,
          provider: 'arcgis',
        },
        { username: 'bob' },
      ],
      new Map(),
    );
    expect(rows.members).toEqual([
      {
        username: 'ann',
        fullName: 'Ann Lee',
        email: 'ann@example.com',
        role: 'org_user',
        roleId: 'r1',
        userLicenseTypeId: 'creatorUT',
        created: 1_000,
        lastLogin: null,
        disabled: true,
        provider: 'arcgis',
      },
      {
        username: 'bob',
        fullName: null,
        email: null,
        role: null,
        roleId: null,
        userLicenseTypeId: null,
        created: null,
        lastLogin: null,
        disabled: false,
        provider: null,
      },
    ]);
    expect(rows.licenses).toEqual([]);
  });

  it("keeps each app's own last use and the offline flag, entitlements once each", () => {
    const rows = inventoryRows(
      [{ username: 'ann', lastLogin: 5 }],
      new Map([
        [PRO, [{ username: 'ann', lastLogin: 7, disconnected: true, entitlements: ['desktopAdvN', 'spatialAnalystN', 'desktopAdvN'] }]],
        [D2M, [{ username: 'ann', lastLogin: -1, entitlements: ['drone2mapN'] }]],
      ]),
    );
    expect(rows.members.map((m) => m.lastLogin)).toEqual([5]);
    expect(rows.licenses).toEqual([
      { username: 'ann', itemId: PRO, lastLogin: 7, disconnected: true, entitlements: ['desktopAdvN', 'spatialAnalystN'] },
      { username: 'ann', itemId: D2M, lastLogin: null, disconnected: false, entitlements: ['drone2mapN'] },
    ]);
  });

  it("files a listing entry under the member's own spelling, whatever its case, and a member once", () => {
    const rows = inventoryRows(
      [{ username: 'Ann.Lee' }, { username: 'ann.lee' }],
      new Map([
        [
          PRO,
          [
            { username: 'ANN.LEE', entitlements: ['desktopBasicN'] },
            { username: 'ann.LEE', entitlements: ['desktopStdN'] },
          ],
        ],
      ]),
    );
    expect(rows.members.map((m) => m.username)).toEqual(['ann.lee']);
    expect(rows.licenses).toEqual([{ username: 'ann.lee', itemId: PRO, lastLogin: null, disconnected: false, entitlements: ['desktopStdN'] }]);
  });

  it('keeps a license whose holder the member search did not return, with a member row of the username alone', () => {
    const rows = inventoryRows(
      [{ username: 'ann' }],
      new Map([[PRO, [{ username: 'gone.member', disconnected: true, entitlements: ['desktopAdvN'] }]]]),
    );
    expect(rows.members.map((m) => m.username)).toEqual(['ann', 'gone.member']);
    expect(rows.members[1]).toMatchObject({ username: 'gone.member', fullName: null, userLicenseTypeId: null, lastLogin: null, disabled: false });
    expect(rows.licenses).toEqual([{ username: 'gone.member', itemId: PRO, lastLogin: null, disconnected: true, entitlements: ['desktopAdvN'] }]);
  });
});
