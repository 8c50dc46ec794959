import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { previewBulkChange, type InventoryMember } from '../licensing/reclaim-preview';
import { changeUserType, readUserTypeRules, setAppEntitlements } from './license-assignment';
import { readMemberInventory } from './member-inventory';

// Bulk changes against the demo portal: batches of 25 sent once, each member's outcome from the
// answer, the offline member left out by the preview so the others go through.

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const REFERER = 'http://dashboard.test/';
let emulator: RunningEmulator;

const control = (path: string, body: unknown = {}) =>
  fetch(`${emulator.controlUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

async function connection() {
  const body = new URLSearchParams({ ...DEMO_ADMIN, client: 'referer', referer: REFERER, f: 'json' });
  const { token } = (await (await fetch(`${emulator.portalUrl}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as { token: string };
  return { portalUrl: emulator.portalUrl, token, referer: REFERER, timeoutMs: 10_000 };
}

async function posts(path: string): Promise<number> {
  const log = (await (await fetch(`${emulator.controlUrl}/log`)).json()) as { entries: { method: string; path: string }[] };
  return log.entries.filter((e) => e.method === 'POST' && e.path.endsWith(path)).length;
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, controlPort: 0 });
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await control('/reset');
});

describe('changeUserType', () => {
  it('sends 30 members in two calls and reads each member: done, or failed in the portal words', async () => {
    const c = await connection();
    const { members } = await readMemberInventory(c, { listingItemIds: [] });
    const editors = members.filter((m) => m.userLicenseTypeId === 'editorUT').map((m) => m.username);
    const filler = Array.from({ length: 28 - editors.length }, (_, i) => `ghost${i}`);
    const before = await posts('/updateUserLicenseType');
    const seen: number[] = [];
    const outcomes = await changeUserType(c, [...editors, 'analyst', ...filler, 'admin'], 'viewerUT', (batch) => {
      seen.push(batch.length);
    });
    expect((await posts('/updateUserLicenseType')) - before).toBe(2);
    expect(seen).toEqual([25, 5]);
    expect(outcomes.filter((o) => o.status === 'done').map((o) => o.username)).toEqual(editors);
    expect(outcomes.find((o) => o.username === 'analyst')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/not compatible with the role/),
    });
    expect(outcomes.find((o) => o.username === 'ghost0')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/does not exist/) });
  });

  it('marks a batch whose connection dropped as unknown, and sends it only once', async () => {
    const c = await connection();
    await control('/faults', { kind: 'restart', match: 'POST /portal/sharing/rest/portals/self/updateUserLicenseType', times: 1, ms: 50 });
    const before = await posts('/updateUserLicenseType');
    const outcomes = await changeUserType(c, ['analyst'], 'creatorUT');
    expect(outcomes).toEqual([{ username: 'analyst', status: 'unknown', reason: expect.stringMatching(/check this member before trying again/) }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await posts('/updateUserLicenseType')) - before).toBeLessThanOrEqual(1);
  });
});

describe('setAppEntitlements', () => {
  it('revoking Pro from three members of whom one is offline: the preview leaves that one out, the two others are done', async () => {
    const c = await connection();
    const inventory = await readMemberInventory(c, { listingItemIds: [PRO] });
    const listing = inventory.listings.get(PRO) ?? [];
    const offline = listing.find((e) => e.disconnected);
    const online = listing.filter((e) => !e.disconnected && e.username !== 'admin').slice(0, 2);
    const chosen = [...online, offline].map((e) => e?.username ?? '');
    const byName = new Map(listing.map((e) => [e.username, e]));
    const members: InventoryMember[] = inventory.members
      .filter((m) => chosen.includes(m.username))
      .map((m) => {
        const entry = byName.get(m.username);
        return {
          username: m.username,
          role: m.role ?? 'org_user',
          userLicenseTypeId: m.userLicenseTypeId ?? '',
          apps: entry ? [{ appId: 'arcgisprodesktop', entitlements: entry.entitlements, disconnected: entry.disconnected ?? false }] : [],
        };
      });
    const preview = previewBulkChange({
      members,
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] },
      userTypeSeats: [],
      appSeats: [{ id: 'arcgisprodesktop', max: 5_800, used: listing.length }],
      rules: (await readUserTypeRules(c)) ?? [],
    });
    expect(preview.excluded).toEqual([expect.objectContaining({ username: offline?.username, releaseFirst: 'arcgisprodesktop' })]);
    const outcomes = await setAppEntitlements(c, PRO, preview.batches.flat(), []);
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
    const after = (await readMemberInventory(c, { listingItemIds: [PRO] })).listings.get(PRO) ?? [];
    expect(after.length).toBe(listing.length - 2);
  });

  it('sent with the offline member, the portal refuses the whole call and every member fails with its words', async () => {
    const c = await connection();
    const listing = (await readMemberInventory(c, { listingItemIds: [PRO] })).listings.get(PRO) ?? [];
    const names = [listing.find((e) => !e.disconnected && e.username !== 'admin'), listing.find((e) => e.disconnected)].map((e) => e?.username ?? '');
    const outcomes = await setAppEntitlements(c, PRO, names, []);
    expect(outcomes.every((o) => o.status === 'failed' && o.reason.startsWith('None of the specified users can be disconnected.'))).toBe(true);
  });
});

describe('readUserTypeRules', () => {
  it('reads the roles and apps each type takes on 11.x, and gives undefined where the portal lacks the resource (10.x)', async () => {
    const rules = await readUserTypeRules(await connection());
    expect(rules?.find((r) => r.id === 'viewerUT')).toEqual({ id: 'viewerUT', maxRole: 'org_user', compatibleApps: [] });
    await control('/reset', { profile: 'portal-10.9.1' });
    expect(await readUserTypeRules(await connection())).toBeUndefined();
  });
});
