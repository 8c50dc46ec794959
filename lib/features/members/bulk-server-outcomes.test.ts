import { describe, expect, it, vi } from 'vitest';
import { readMemberInventory } from '../../arcgis/member-inventory';
import type { PortalSession } from '../../session';
import { listAudit } from '../../store/audit';
import { connectionOf, control, portalOf, PRO, proPosts, signIn, testStore, threeProHolders, registerBulkTestBed } from './bulk-test-bed';

// Bulk changes' outcomes against the demo portal: a batch whose connection dropped (unknown, sent
// once), a user type change with a member the type cannot take, a user type the license lacks.

vi.mock('../../store/app-store', async () => ({ appStore: (await import('./bulk-test-bed')).bedStore }));
const { bulkApply, bulkPreview } = await import('./bulk-server');
const { bulkApplyEndpoint, bulkPreviewEndpoint } = await import('./bulk-contract');

registerBulkTestBed();

const previewOf = async (session: PortalSession, input: Parameters<typeof bulkPreview.prefill>[1]) =>
  bulkPreviewEndpoint.output.parse((await bulkPreview.prefill(session, input)).data);
const applyOf = async (session: PortalSession, input: Parameters<typeof bulkApply.prefill>[1]) =>
  bulkApplyEndpoint.output.parse((await bulkApply.prefill(session, input)).data);

describe('a batch whose connection dropped', () => {
  it('is "unknown — check before trying again" for each member, in the result and in each audit entry, and sent once', async () => {
    const session = await signIn();
    const { online } = await threeProHolders(session);
    const action = { kind: 'revokeApp' as const, itemId: PRO };
    const preview = await previewOf(session, { action, selection: { usernames: online } });
    await control('/faults', {
      kind: 'restart',
      match: `POST /portal/sharing/rest/content/listings/${PRO}/provisionUserEntitlements`,
      times: 1,
      ms: 50,
    });
    const sentBefore = await proPosts();
    const applied = await applyOf(session, { action, selection: { usernames: online }, planId: preview.planId });
    expect(applied.results.map((r) => [r.username, r.status])).toEqual(online.map((u) => [u, 'unknown']));
    expect(applied.results[0]?.reason).toMatch(/check this member before trying again/);
    const { entries } = await listAudit(testStore(), { portal: portalOf(session) }, { offset: 0, limit: 10 });
    expect(entries.map((e) => e.outcome)).toEqual(['unknown', 'unknown']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await proPosts()) - sentBefore).toBeLessThanOrEqual(1);
  });
});

describe('changing the user type', () => {
  it('names the member whose role the type cannot take, sends the others, and records each in the portal words', async () => {
    const session = await signIn();
    const { members } = await readMemberInventory(connectionOf(session), { listingItemIds: [] });
    const editors = members.filter((m) => m.userLicenseTypeId === 'editorUT').map((m) => m.username);
    const selection = { usernames: [...editors, 'analyst'] };
    const action = { kind: 'changeUserType' as const, userLicenseType: 'viewerUT' };
    const preview = await previewOf(session, { action, selection });
    expect(preview.userTypeRules).toBe('portal');
    expect(preview.excluded).toEqual([{ username: 'analyst', reason: expect.stringMatching(/role \(org_publisher\)/) }]);
    expect(preview.send.map((s) => s.username)).toEqual(editors);
    expect(preview.seats.map((s) => [s.id, s.after - s.before])).toEqual([
      ['viewerUT', editors.length],
      ['editorUT', -editors.length],
    ]);
    const applied = await applyOf(session, { action, selection, planId: preview.planId });
    expect(applied.results.every((r) => r.status === 'done')).toBe(true);
    const { entries } = await listAudit(testStore(), { portal: portalOf(session) }, { offset: 0, limit: 100 });
    expect(entries).toHaveLength(editors.length);
    expect(entries[0]?.parameters).toEqual({ userLicenseType: 'viewerUT', from: 'editorUT' });
  });

  it('refuses a user type the license does not have, naming the field', async () => {
    const session = await signIn();
    const preview = bulkPreview.prefill(session, {
      action: { kind: 'changeUserType', userLicenseType: 'wizardUT' },
      selection: { usernames: ['analyst'] },
    });
    await expect(preview).rejects.toMatchObject({ code: 'invalid_input', field: 'action.userLicenseType' });
  });
});
