import { describe, expect, it } from 'vitest';
import { isIdle, MemberQuerySchema, PRO_LEVELS, type MemberQueryInput } from '../licensing/member-filter';
import type { Store } from './engine';
import { appendInventory, beginInventory, completeInventory, type InventoryLicense, type InventoryMember } from './member-inventory';
import { fillFixtureInventory, FIXTURE_ITEMS, fixtureOrganization } from './member-query-fixtures';
import { matchingUsernames, memberFacets, queryMembers, streamMembers } from './member-query';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);
const PRO = 'proItem';

const member = (username: string, fields: Partial<InventoryMember> = {}): InventoryMember => ({
  username,
  fullName: null,
  email: `${username}@example.com`,
  role: 'org_user',
  roleId: null,
  userLicenseTypeId: 'creatorUT',
  created: 0,
  lastLogin: NOW - DAY,
  disabled: false,
  provider: 'arcgis',
  ...fields,
});

// A small organization whose answer to every filter is written out by hand.
const MEMBERS = [
  member('ann', { fullName: 'Ann Lee', lastLogin: NOW - 90 * DAY, role: 'org_admin' }),
  member('bob', { fullName: 'Bob Stone', lastLogin: NOW - 90 * DAY - 1, userLicenseTypeId: 'GISProfessionalAdvUT' }),
  member('carl', { fullName: 'carl Young', lastLogin: null, userLicenseTypeId: 'viewerUT', disabled: true }),
  member('dee', { fullName: 'Dee 50%_off', lastLogin: NOW - 400 * DAY, roleId: 'customRole1', email: 'dee@other.example' }),
  member('eve', { lastLogin: NOW - 2 * DAY, userLicenseTypeId: null }),
];
const LICENSES: InventoryLicense[] = [
  { username: 'ann', itemId: PRO, lastLogin: NOW - 10 * DAY, disconnected: false, entitlements: ['desktopBasicN'] },
  { username: 'bob', itemId: PRO, lastLogin: NOW - 90 * DAY - 1, disconnected: true, entitlements: ['desktopAdvN', 'spatialAnalystN'] },
  { username: 'bob', itemId: 'd2m', lastLogin: null, disconnected: false, entitlements: ['drone2map'] },
  { username: 'dee', itemId: PRO, lastLogin: null, disconnected: false, entitlements: ['desktopStdN', '3DAnalystN'] },
  { username: 'eve', itemId: 'd2m', lastLogin: NOW - 500 * DAY, disconnected: false, entitlements: ['drone2map'] },
];

async function smallInventory(): Promise<number> {
  const id = await beginInventory(store, portal, NOW - 1_000);
  await appendInventory(store, id, { members: MEMBERS, licenses: LICENSES });
  await completeInventory(store, id, { readAt: NOW, membersTotal: MEMBERS.length, unreached: 0, listings: [] });
  return id;
}

async function usernames(inventory: number, query: Record<string, string>) {
  const { members, total } = await queryMembers(store, inventory, MemberQuerySchema.parse(query), NOW);
  return { names: members.map((m) => m.username), total };
}

describe(`members query (${TEST_ENGINE})`, () => {
  it('each filter, alone and together, with its count', async () => {
    const inventory = await smallInventory();
    const cases: [Record<string, string>, string[]][] = [
      [{}, ['ann', 'bob', 'carl', 'dee', 'eve']],
      [{ userType: 'creatorUT' }, ['ann', 'dee']],
      [{ role: 'org_admin' }, ['ann']],
      [{ role: 'customRole1' }, ['dee']],
      [{ app: PRO }, ['ann', 'bob', 'dee']],
      [{ app: 'd2m' }, ['bob', 'eve']],
      [{ entitlement: 'spatialAnalystN' }, ['bob']],
      [{ entitlement: 'desktopStdN' }, ['dee']],
      // Exactly 90 days ago is not more than 90 days; never signed in is.
      [{ idle: '90' }, ['bob', 'carl', 'dee']],
      [{ idle: '365' }, ['carl', 'dee']],
      [{ never: '1' }, ['carl']],
      // Pro's own last use: bob's a millisecond past 90 days, dee's never; eve's idle app is not Pro.
      [{ proIdle: '90' }, ['bob', 'dee']],
      [{ proIdle: '5' }, ['ann', 'bob', 'dee']],
      [{ offline: '1' }, ['bob']],
      [{ disabled: '1' }, ['carl']],
      [{ q: 'STONE' }, ['bob']],
      [{ q: 'other.example' }, ['dee']],
      // % and _ are the member's characters, not LIKE's wildcards.
      [{ q: '50%_' }, ['dee']],
      [{ q: 'n%e' }, []],
      [{ app: PRO, idle: '90' }, ['bob', 'dee']],
      [{ proIdle: '90', offline: '1' }, ['bob']],
    ];
    for (const [query, expected] of cases) {
      expect(await usernames(inventory, { ...query, sort: 'username' }), JSON.stringify(query)).toEqual({ names: expected, total: expected.length });
    }
  });

  it('sorts every column both ways, never signed in as the oldest, ties by username', async () => {
    const inventory = await smallInventory();
    expect((await usernames(inventory, {})).names).toEqual(['ann', 'bob', 'carl', 'dee', 'eve']);
    expect((await usernames(inventory, { sort: 'name', dir: 'desc' })).names).toEqual(['eve', 'dee', 'carl', 'bob', 'ann']);
    expect((await usernames(inventory, { sort: 'lastLogin' })).names).toEqual(['carl', 'dee', 'bob', 'ann', 'eve']);
    expect((await usernames(inventory, { sort: 'lastLogin', dir: 'desc' })).names).toEqual(['eve', 'ann', 'bob', 'dee', 'carl']);
    expect((await usernames(inventory, { sort: 'userType' })).names).toEqual(['eve', 'ann', 'dee', 'bob', 'carl']);
    expect((await usernames(inventory, { sort: 'role', dir: 'desc' })).names).toEqual(['eve', 'dee', 'carl', 'bob', 'ann']);
  });

  it('pages by size with the count of the whole filter', async () => {
    const now = NOW;
    const inventory = await fillFixtureInventory(store, portal, 230, now);
    const first = await queryMembers(store, inventory, MemberQuerySchema.parse({ sort: 'username' }), now);
    const third = await queryMembers(store, inventory, MemberQuerySchema.parse({ sort: 'username', page: '3', size: '100' }), now);
    const all = fixtureOrganization(230, now)
      .map((m) => m.member.username)
      .sort();
    expect(first.total).toBe(230);
    expect(first.members.map((m) => m.username)).toEqual(all.slice(0, 50));
    expect(third.members.map((m) => m.username)).toEqual(all.slice(200));
    expect((await queryMembers(store, inventory, MemberQuerySchema.parse({ page: '99' }), now)).members).toEqual([]);
  });

  it('gives each member their licenses: entitlements, the app’s own last use, offline', async () => {
    const inventory = await smallInventory();
    const { members } = await queryMembers(store, inventory, MemberQuerySchema.parse({ q: 'bob' }), NOW);
    expect(members).toEqual([
      {
        username: 'bob',
        fullName: 'Bob Stone',
        email: 'bob@example.com',
        role: 'org_user',
        roleId: null,
        userLicenseTypeId: 'GISProfessionalAdvUT',
        lastLogin: NOW - 90 * DAY - 1,
        disabled: false,
        licenses: [
          { itemId: 'd2m', lastLogin: null, disconnected: false, entitlements: ['drone2map'] },
          { itemId: PRO, lastLogin: NOW - 90 * DAY - 1, disconnected: true, entitlements: ['desktopAdvN', 'spatialAnalystN'] },
        ],
      },
    ]);
  });

  it('agrees with the filter computed by hand on a generated organization of 3,000', async () => {
    const inventory = await fillFixtureInventory(store, portal, 3_000, NOW);
    const org = fixtureOrganization(3_000, NOW);
    const pro = (l: InventoryLicense) => l.itemId === FIXTURE_ITEMS.pro && l.entitlements.some((e) => (PRO_LEVELS as readonly string[]).includes(e));
    const cases: [MemberQueryInput, (m: (typeof org)[number]) => boolean][] = [
      [{ idle: 90 }, (m) => isIdle(m.member.lastLogin, 90, NOW)],
      [{ proIdle: 90 }, (m) => m.licenses.some((l) => pro(l) && isIdle(l.lastLogin, 90, NOW))],
      [{ offline: true }, (m) => m.licenses.some((l) => l.disconnected)],
      [{ userType: 'GISProfessionalStdUT', disabled: true }, (m) => m.member.userLicenseTypeId === 'GISProfessionalStdUT' && m.member.disabled],
      [
        { entitlement: '3DAnalystN', never: true },
        (m) => m.member.lastLogin === null && m.licenses.some((l) => l.entitlements.includes('3DAnalystN')),
      ],
    ];
    for (const [filter, keep] of cases) {
      const expected = org
        .filter(keep)
        .map((m) => m.member.username)
        .sort();
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const { total } = await queryMembers(store, inventory, { ...MemberQuerySchema.parse({}), ...filter }, NOW);
      expect(total, JSON.stringify(filter)).toBe(expected.length);
      const streamed: string[] = [];
      for await (const row of streamMembers(store, inventory, filter, NOW)) streamed.push(row.username);
      expect(streamed, JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('streams every match past a batch, in username order, with licenses', async () => {
    const inventory = await fillFixtureInventory(store, portal, 2_500, NOW);
    const rows = [];
    for await (const row of streamMembers(store, inventory, {}, NOW)) rows.push(row);
    expect(rows).toHaveLength(2_500);
    expect(rows.map((r) => r.username)).toEqual(rows.map((r) => r.username).sort());
    expect(rows.filter((r) => r.licenses.length > 0).length).toBe(fixtureOrganization(2_500, NOW).filter((m) => m.licenses.length > 0).length);
  });

  it('names the usernames a filter matches, in username order, up to a limit (a bulk change by filter)', async () => {
    const inventory = await smallInventory();
    expect(await matchingUsernames(store, inventory, { app: PRO, proIdle: 90 }, NOW, 10)).toEqual(['bob', 'dee']);
    expect(await matchingUsernames(store, inventory, {}, NOW, 3)).toEqual(['ann', 'bob', 'carl']);
    expect(await matchingUsernames(store, inventory, { q: 'nobody' }, NOW, 10)).toEqual([]);
  });

  it('lists the user types, roles and entitlements the inventory holds', async () => {
    const inventory = await smallInventory();
    expect(await memberFacets(store, inventory)).toEqual({
      userTypes: ['creatorUT', 'GISProfessionalAdvUT', 'viewerUT'],
      roles: ['customRole1', 'org_admin', 'org_user'],
      entitlements: ['3DAnalystN', 'desktopAdvN', 'desktopBasicN', 'desktopStdN', 'drone2map', 'spatialAnalystN'],
    });
  });
});
