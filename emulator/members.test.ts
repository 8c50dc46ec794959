import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestEmulator } from './test-client';

// The members rules of the demo portal: users/search (fields, query forms, sort, the 10,000 window),
// updateUserLicenseType, provisionUserEntitlements and userLicenseTypes.

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
let emulator: Emulator;
const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const NAVIGATOR = '9f017d9f94c74154aa7b2bcd2216687f';

interface SearchAnswer {
  total: number;
  start: number;
  nextStart: number;
  results: Record<string, unknown>[];
}
interface Holder {
  username: string;
  disconnected: boolean;
  entitlements: string[];
}

const search = async (params: Record<string, string>) =>
  (await emulator.get('/portal', '/sharing/rest/portals/self/users/search', params)).json() as unknown as SearchAnswer;

async function everyMember(): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  for (let start = 1; start > 0;) {
    const page = await search({ q: '', num: '100', start: String(start) });
    all.push(...page.results);
    start = page.nextStart;
  }
  return all;
}

async function holders(itemId: string): Promise<Holder[]> {
  const all: Holder[] = [];
  for (let start = 1; start > 0;) {
    const page = (
      await emulator.get('/portal', `/sharing/rest/content/listings/${itemId}/userEntitlements`, { start: String(start), num: '100' })
    ).json();
    all.push(...(page.userEntitlements as Holder[]));
    start = page.nextStart as number;
  }
  return all;
}

const provision = (itemId: string, users: string[], entitlements: string[]) =>
  emulator.post('/portal', `/sharing/rest/content/listings/${itemId}/provisionUserEntitlements`, {
    userEntitlements: JSON.stringify({ users, entitlements }),
  });

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control('POST', '/reset');
});

describe('users/search', () => {
  it('answers every member with the inventory fields, and a spread of sign-ins', async () => {
    const members = await everyMember();
    const first = members[0] ?? {};
    for (const field of ['username', 'fullName', 'email', 'role', 'userLicenseTypeId', 'created', 'lastLogin', 'disabled', 'provider']) {
      expect(first).toHaveProperty(field);
    }
    // roleId only for a custom role (the license manager's), never for a built-in one.
    expect(members.filter((m) => 'roleId' in m).map((m) => [m.username, m.role, m.roleId])).toEqual([
      ['licensemgr', 'org_admin', 'Lm7QxR2vKc9TbWe4'],
    ]);
    const day = 86_400_000;
    const now = Date.now();
    const ages = members.map((m) => m.lastLogin as number).map((t) => (t === -1 ? -1 : (now - t) / day));
    expect(ages.filter((a) => a === -1).length).toBeGreaterThan(0);
    expect(ages.filter((a) => a >= 0 && a <= 7).length).toBeGreaterThan(0);
    expect(ages.filter((a) => a >= 30 && a <= 90).length).toBeGreaterThan(0);
    expect(ages.filter((a) => a > 365).length).toBeGreaterThan(0);
    expect(members.some((m) => m.disabled === true)).toBe(true);
    expect(members.some((m) => m.provider === 'enterprise')).toBe(true);
  });

  it('finds members by creation date range, as the reference writes dates (19 digits), inclusive with [ ] and exclusive with { }', async () => {
    const members = (await everyMember()).map((m) => m.created as number).sort((a, b) => a - b);
    const low = members[10] as number;
    const high = members[19] as number;
    const pad = (n: number) => String(n).padStart(19, '0');
    const inclusive = await search({ q: `created:[${pad(low)} TO ${pad(high)}]`, num: '100' });
    expect(inclusive.total).toBe(10);
    const exclusive = await search({ q: `created:{${low} TO ${high}}`, num: '100' });
    expect(exclusive.total).toBe(8);
    const open = await search({ q: `created:[* TO ${high}]`, num: '100' });
    expect(open.total).toBe(20);
  });

  it('sorts by sortField and sortOrder', async () => {
    const answer = await search({ q: '', num: '100', sortField: 'created', sortOrder: 'desc' });
    const created = answer.results.map((m) => m.created as number);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect((await emulator.get('/portal', '/sharing/rest/portals/self/users/search', { sortField: 'shoeSize' })).json()).toHaveProperty('error');
  });
});

describe('users/search on 50,000 members', () => {
  beforeEach(async () => {
    await emulator.control('POST', '/reset', { scale: 'large' });
  });

  it('stops at 10,000: total capped, nextStart -1 on the last page of the window, a start past it refused', async () => {
    const first = await search({ q: '', num: '100' });
    expect(first.total).toBe(10_000);
    const last = await search({ q: '', num: '100', start: '9901' });
    expect(last.results).toHaveLength(100);
    expect(last.nextStart).toBe(-1);
    const beyond = (await emulator.get('/portal', '/sharing/rest/portals/self/users/search', { num: '100', start: '10001' })).json();
    expect(beyond).toMatchObject({ error: { code: 400 } });
  });

  it('reaches members past the window with a narrower created range', async () => {
    const narrow = await search({ q: 'created:[* TO 99999999999999]', num: '1' });
    expect(narrow.total).toBe(10_000);
    const now = Date.now();
    const recent = await search({ q: `created:[${now - 400 * 86_400_000} TO ${now}]`, num: '1' });
    expect(recent.total).toBeGreaterThan(0);
    expect(recent.total).toBeLessThan(10_000);
  });
});

describe('updateUserLicenseType', () => {
  const update = (users: string, userLicenseType: string) =>
    emulator.post('/portal', '/sharing/rest/portals/self/updateUserLicenseType', { users, userLicenseType });

  it('answers per member: done, or refused with the reason (role, apps, unknown member)', async () => {
    const members = await everyMember();
    const plainViewer = members.find((m) => m.userLicenseTypeId === 'editorUT' && m.role === 'org_user');
    const users = new Set(members.filter((m) => m.role === 'org_user').map((m) => m.username));
    const proHolder = (await holders(PRO)).find((h) => !h.disconnected && users.has(h.username));
    expect(plainViewer && proHolder).toBeTruthy();
    const viewers = async () =>
      ((await emulator.get('/portal', '/portaladmin/license')).json().userTypes as { id: string; currentRegisteredMembers: number }[]).find(
        (t) => t.id === 'viewerUT',
      )?.currentRegisteredMembers;
    const viewersBefore = await viewers();
    const answer = (await update(`${plainViewer?.username},analyst,${proHolder?.username},nobody`, 'viewerUT')).json();
    expect(await viewers()).toBe((viewersBefore ?? 0) + 1);
    const results = answer.results as { username: string; success: boolean; error?: { message: string } }[];
    expect(results.map((r) => [r.username, r.success])).toEqual([
      [plainViewer?.username, true],
      ['analyst', false],
      [proHolder?.username, false],
      ['nobody', false],
    ]);
    expect(results[1]?.error?.message).toMatch(/not compatible with the role/);
    expect(results[2]?.error?.message).toMatch(/arcgisprodesktop/);
    expect(results[3]?.error?.message).toMatch(/does not exist/);
    const after = await search({ q: `username:${plainViewer?.username}` });
    expect(after.results[0]?.userLicenseTypeId).toBe('viewerUT');
  });

  it('refuses members beyond the free seats, and an unknown user type as a whole', async () => {
    await emulator.control('POST', '/seats', { category: 'userTypes', id: 'viewerUT', seats: 5 });
    const editors = (await everyMember()).filter((m) => m.userLicenseTypeId === 'editorUT' || m.userLicenseTypeId === 'fieldWorkerUT');
    const names = editors.slice(0, 3).map((m) => m.username as string);
    const results = (await update(names.join(','), 'viewerUT')).json().results as { success: boolean; error?: { message: string } }[];
    expect(results.map((r) => r.success)).toEqual([true, false, false]);
    expect(results[1]?.error?.message).toMatch(/No licenses are available/);
    expect((await update('analyst', 'wizardUT')).json()).toMatchObject({ error: { code: 400 } });
  });
});

describe('provisionUserEntitlements', () => {
  it('sets a member list (empty revokes) and the counts follow', async () => {
    const count = async () =>
      (
        (await emulator.get('/portal', '/sharing/rest/portals/self/users/counts', { type: 'app' })).json().results as { key: string; count: number }[]
      ).find((r) => r.key === PRO)?.count;
    const before = await count();
    const online = (await holders(PRO)).filter((h) => !h.disconnected).slice(0, 2);
    expect(
      (
        await provision(
          PRO,
          online.map((h) => h.username),
          [],
        )
      ).json(),
    ).toEqual({ success: true });
    expect(await count()).toBe((before ?? 0) - 2);
    expect((await holders(PRO)).some((h) => h.username === online[0]?.username)).toBe(false);

    expect((await provision(PRO, ['admin'], ['desktopStdN', 'spatialAnalystN'])).json()).toEqual({ success: true });
    expect((await holders(PRO)).find((h) => h.username === 'admin')?.entitlements).toEqual(['desktopStdN', 'spatialAnalystN']);
  });

  it('refuses the whole call when any member has the license offline, more than 25 members, or more seats than free', async () => {
    const all = await holders(PRO);
    const offline = all.find((h) => h.disconnected);
    const online = all.find((h) => !h.disconnected);
    const refused = (await provision(PRO, [online?.username ?? '', offline?.username ?? ''], [])).json();
    expect(refused).toEqual({ error: { code: 400, message: 'None of the specified users can be disconnected.', details: [offline?.username] } });
    expect((await holders(PRO)).some((h) => h.username === online?.username)).toBe(true);

    const many = Array.from({ length: 26 }, (_, i) => `member${i}`);
    expect((await provision(PRO, many, [])).json()).toMatchObject({ error: { code: 400, message: expect.stringMatching(/at most 25/) } });

    await emulator.control('POST', '/seats', { category: 'apps', id: 'Navigator', seats: 3 });
    const creators = (await everyMember()).filter((m) => m.userLicenseTypeId === 'creatorUT').map((m) => m.username as string);
    const navigators = new Set((await holders(NAVIGATOR)).map((h) => h.username));
    const newcomers = creators.filter((u) => !navigators.has(u)).slice(0, 2);
    expect((await provision(NAVIGATOR, newcomers, ['navigator'])).json()).toMatchObject({
      error: { message: expect.stringMatching(/Not enough licenses/) },
    });
  });

  it('refuses a Pro list without exactly one level, and a user type that cannot take the app', async () => {
    expect((await provision(PRO, ['admin'], ['spatialAnalystN'])).json()).toHaveProperty('error');
    const viewer = (await everyMember()).find((m) => m.userLicenseTypeId === 'viewerUT');
    expect((await provision(PRO, [viewer?.username as string], ['desktopBasicN'])).json()).toMatchObject({
      error: { message: expect.stringMatching(/not compatible/) },
    });
  });
});

describe('userLicenseTypes', () => {
  it('lists each user type with the highest role and the apps it can take (11.x), and is unknown on 10.x', async () => {
    const answer = (await emulator.get('/portal', '/sharing/rest/portals/self/userLicenseTypes')).json();
    const viewer = (answer.userLicenseTypes as { id: string; maxRole: string; compatibleApps: string[] }[]).find((t) => t.id === 'viewerUT');
    expect(viewer).toMatchObject({ maxRole: 'org_user', compatibleApps: [] });
    await emulator.control('POST', '/reset', { profile: 'portal-10.9.1' });
    expect((await emulator.get('/portal', '/sharing/rest/portals/self/userLicenseTypes')).status).toBe(404);
  });
});
