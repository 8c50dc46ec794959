import { describe, expect, it, vi } from 'vitest';
import { readMemberInventory } from '../../arcgis/member-inventory';
import { readListing } from '../../arcgis/member-listings';
import { ApiError } from '../../http/api-error';
import type { PortalSession } from '../../session';
import { listAudit } from '../../store/audit';
import { StoreUnavailableError } from '../../store/errors';
import { appendInventory, beginInventory, completeInventory } from '../../store/member-inventory';
import pLimit from 'p-limit';
import {
  connectionOf,
  control,
  portalOf,
  PRO,
  proPosts,
  signIn,
  storeGoesDown,
  testStore,
  threeProHolders,
  registerBulkTestBed,
} from './bulk-test-bed';

// Issue 13's scenario against the demo portal, through the routes' own server functions: revoke
// ArcGIS Pro from three members of whom one has it checked out offline → two revoked, one left out
// with the reason, one audit entry each, the overview's count down by two, the inventory updated.

vi.mock('../../store/app-store', async () => ({ appStore: (await import('./bulk-test-bed')).bedStore }));
const { bulkApply, bulkPreview } = await import('./bulk-server');
const { bulkApplyEndpoint, bulkPreviewEndpoint } = await import('./bulk-contract');
const { readCounts } = await import('../overview/server');

registerBulkTestBed();

/** The routes' answers as the browser reads them (parsed by the endpoints' output schemas). */
const previewOf = async (session: PortalSession, input: Parameters<typeof bulkPreview.prefill>[1]) =>
  bulkPreviewEndpoint.output.parse((await bulkPreview.prefill(session, input)).data);
const applyOf = async (session: PortalSession, input: Parameters<typeof bulkApply.prefill>[1]) =>
  bulkApplyEndpoint.output.parse((await bulkApply.prefill(session, input)).data);

/** Members holding ArcGIS Pro, as the overview reads it (the counts keyed by app id or listing itemId). */
async function proCount(session: PortalSession): Promise<number | undefined> {
  const app = (await readCounts(session)).counts.app;
  return app?.[PRO] ?? app?.arcgisprodesktop;
}

describe('revoking ArcGIS Pro from three members, one offline', () => {
  it('revokes two, leaves the offline one out with the reason, audits each, and the counts and inventory follow', async () => {
    const session = await signIn();
    const { online, offline } = await threeProHolders(session);
    const selection = { usernames: [...online, offline, 'nobody-here'] };
    const action = { kind: 'revokeApp' as const, itemId: PRO };
    const inventory = await beginInventory(testStore(), portalOf(session), 1);
    const license = (username: string) => ({ username, itemId: PRO, lastLogin: null, disconnected: false, entitlements: ['desktopAdvN'] });
    await appendInventory(testStore(), inventory, { members: [], licenses: online.map(license) });
    await completeInventory(testStore(), inventory, { readAt: 2, membersTotal: 3, unreached: 0, listings: [{ itemId: PRO, name: 'ArcGIS Pro' }] });
    const countBefore = await proCount(session);

    const preview = await previewOf(session, { action, selection });
    expect(preview.send.map((s) => s.username)).toEqual(online);
    expect(preview.excluded).toEqual([
      { username: offline, reason: expect.stringContaining('checked out offline'), releaseHref: '/release' },
      { username: 'nobody-here', reason: 'No member of this portal has this username.' },
    ]);
    expect(preview.seats).toEqual([
      expect.objectContaining({ kind: 'app', id: 'arcgisprodesktop', name: 'ArcGIS Pro', after: (preview.seats[0]?.before ?? 0) - 2 }),
    ]);
    expect(preview.calls).toBe(1);

    const sentBefore = await proPosts();
    const applied = await applyOf(session, { action, selection, planId: preview.planId });
    expect(await proPosts()).toBe(sentBefore + 1);
    expect(applied.results).toEqual(online.map((username) => ({ username, status: 'done' })));
    expect(applied.excluded.map((e) => e.username)).toEqual([offline, 'nobody-here']);
    expect(applied.reread).toEqual({ usernames: online, inventory: 'updated' });

    const { entries } = await listAudit(testStore(), { portal: portalOf(session) }, { offset: 0, limit: 10 });
    expect(entries.map((e) => [e.action, e.target, e.outcome]).sort()).toEqual(online.map((u) => ['revoke-app-license', u, 'success']).sort());

    expect(await proCount(session)).toBe((countBefore ?? 0) - 2);
    const left = await testStore().db.selectFrom('inventoryLicenses').select('username').where('inventoryId', '=', inventory).execute();
    expect(left).toEqual([]);
  });

  it('refuses a confirmed preview when the seat arithmetic changed since (another admin, a license import), and sends nothing', async () => {
    const session = await signIn();
    const { online } = await threeProHolders(session);
    const action = { kind: 'revokeApp' as const, itemId: PRO };
    const preview = await previewOf(session, { action, selection: { usernames: online } });
    await control('/seats', { category: 'apps', id: 'arcgisprodesktop', seats: (preview.seats[0]?.max ?? 0) + 10 });
    const sentBefore = await proPosts();
    const apply = bulkApply.prefill(session, { action, selection: { usernames: online }, planId: preview.planId });
    await expect(apply).rejects.toThrow(/changed since the preview/);
    await expect(apply).rejects.toBeInstanceOf(ApiError);
    expect(await proPosts()).toBe(sentBefore);
  });

  it('refuses the change when its audit entries cannot be written: nothing reaches the portal', async () => {
    const session = await signIn();
    const { online } = await threeProHolders(session);
    const action = { kind: 'revokeApp' as const, itemId: PRO };
    const preview = await previewOf(session, { action, selection: { usernames: online } });
    storeGoesDown();
    const sentBefore = await proPosts();
    await expect(bulkApply.prefill(session, { action, selection: { usernames: online }, planId: preview.planId })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await proPosts()).toBe(sentBefore);
  });
});

describe('assigning more seats than are free', () => {
  it('is refused in the preview and by apply, before anything is sent', async () => {
    const session = await signIn();
    const holders = await readListing(connectionOf(session), PRO, pLimit(8));
    await control('/seats', { category: 'apps', id: 'arcgisprodesktop', seats: holders.length + 1 });
    const { members } = await readMemberInventory(connectionOf(session), { listingItemIds: [] });
    const holding = new Set(holders.map((h) => h.username));
    const creators = members
      .filter((m) => m.userLicenseTypeId === 'creatorUT' && !holding.has(m.username))
      .map((m) => m.username)
      .slice(0, 3);
    expect(creators).toHaveLength(3);
    const action = { kind: 'assignApp' as const, itemId: PRO, entitlements: ['desktopStdN', 'spatialAnalystN'] };
    const preview = await previewOf(session, { action, selection: { usernames: creators } });
    expect(preview.refusal).toBe('3 members need a arcgisprodesktop seat; 1 are free.');
    expect(preview.seats[0]).toMatchObject({ before: holders.length, after: holders.length + 3, max: holders.length + 1 });
    const sentBefore = await proPosts();
    await expect(bulkApply.prefill(session, { action, selection: { usernames: creators }, planId: preview.planId })).rejects.toThrow(/1 are free/);
    expect(await proPosts()).toBe(sentBefore);
  });
});
