import { describe, expect, it } from 'vitest';
import { previewBulkChange, UNKNOWN_MEMBER, type InventoryMember, type PreviewInput } from './reclaim-preview';

const pro = (entitlements: string[], disconnected = false) => ({ appId: 'arcgisprodesktop', entitlements, disconnected });
const member = (username: string, userLicenseTypeId: string, apps: InventoryMember['apps'] = [], role = 'org_user'): InventoryMember => ({
  username,
  role,
  userLicenseTypeId,
  apps,
});

const base: Omit<PreviewInput, 'members' | 'change'> = {
  userTypeSeats: [
    { id: 'creatorUT', max: 10, used: 8 },
    { id: 'viewerUT', max: 5, used: 4 },
    { id: 'GISProfessionalAdvUT', max: 3, used: 3 },
  ],
  appSeats: [{ id: 'arcgisprodesktop', max: 5, used: 4 }],
  rules: [
    { id: 'viewerUT', maxRole: 'org_user', compatibleApps: [] },
    { id: 'creatorUT', maxRole: 'org_admin', compatibleApps: ['arcgisprodesktop'] },
  ],
};

describe('revoking an app', () => {
  it('sends the holders online, leaves out the offline one with a pointer to release first, frees their seats', () => {
    const preview = previewBulkChange({
      ...base,
      members: [
        member('a', 'creatorUT', [pro(['desktopAdvN'])]),
        member('b', 'creatorUT', [pro(['desktopBasicN', 'spatialAnalystN'])]),
        member('c', 'creatorUT', [pro(['desktopStdN'], true)]),
        member('d', 'creatorUT'),
      ],
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] },
    });
    expect(preview.send).toEqual([
      { username: 'a', from: 'desktopAdvN', to: 'none' },
      { username: 'b', from: 'desktopBasicN,spatialAnalystN', to: 'none' },
    ]);
    expect(preview.excluded).toEqual([
      { username: 'c', reason: expect.stringContaining('None of the specified users can be disconnected.'), releaseFirst: 'arcgisprodesktop' },
      { username: 'd', reason: 'Does not hold arcgisprodesktop.' },
    ]);
    expect(preview.seats).toEqual([{ kind: 'app', id: 'arcgisprodesktop', max: 5, before: 4, after: 2 }]);
    expect(preview.refusal).toBeUndefined();
    expect(preview.batches).toEqual([['a', 'b']]);
  });
});

describe('assigning an app', () => {
  it('refuses before sending when more seats are asked than are free', () => {
    const preview = previewBulkChange({
      ...base,
      members: [member('a', 'creatorUT'), member('b', 'creatorUT')],
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: ['desktopStdN'] },
    });
    expect(preview.refusal).toBe('2 members need a arcgisprodesktop seat; 1 are free.');
    expect(preview.batches).toEqual([]);
    expect(preview.seats[0]).toMatchObject({ before: 4, after: 6 });
  });

  it('changes a Pro level without a new seat, leaves out members already on the list and a user type that cannot hold the app', () => {
    const preview = previewBulkChange({
      ...base,
      members: [member('a', 'creatorUT', [pro(['desktopBasicN'])]), member('b', 'creatorUT', [pro(['desktopAdvN'])]), member('v', 'viewerUT')],
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: ['desktopAdvN'] },
    });
    expect(preview.send.map((s) => s.username)).toEqual(['a']);
    expect(preview.excluded.map((e) => [e.username, e.reason])).toEqual([
      ['b', 'Already has this list.'],
      ['v', 'User type viewerUT cannot hold arcgisprodesktop.'],
    ]);
    expect(preview.seats[0]).toMatchObject({ before: 4, after: 4 });
    expect(preview.refusal).toBeUndefined();
  });

  it('refuses a Pro list without exactly one level', () => {
    const preview = previewBulkChange({
      ...base,
      members: [member('a', 'creatorUT')],
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: ['spatialAnalystN'] },
    });
    expect(preview.refusal).toMatch(/exactly one level/);
  });
});

describe('changing the user type', () => {
  it('names a type the member role or apps cannot take, counts seats per type before → after', () => {
    const preview = previewBulkChange({
      ...base,
      members: [
        member('a', 'creatorUT'),
        member('p', 'creatorUT', [], 'org_publisher'),
        member('x', 'creatorUT', [pro(['desktopAdvN'])]),
        member('v', 'viewerUT'),
      ],
      change: { kind: 'userType', userTypeId: 'viewerUT' },
    });
    expect(preview.send).toEqual([{ username: 'a', from: 'creatorUT', to: 'viewerUT' }]);
    expect(preview.excluded.map((e) => e.username)).toEqual(['p', 'x', 'v']);
    expect(preview.excluded[0]?.reason).toMatch(/role \(org_publisher\)/);
    expect(preview.excluded[1]?.reason).toMatch(/cannot hold arcgisprodesktop/);
    expect(preview.seats).toEqual([
      { kind: 'userType', id: 'viewerUT', max: 5, before: 4, after: 5 },
      { kind: 'userType', id: 'creatorUT', max: 10, before: 8, after: 7 },
    ]);
    expect(preview.refusal).toBeUndefined();
  });

  it('sends and lets the portal decide where it has no userLicenseTypes; refuses a full type or an unknown one', () => {
    const members = [member('p', 'creatorUT', [], 'org_publisher'), member('q', 'creatorUT')];
    const open = previewBulkChange({ ...base, rules: [], members, change: { kind: 'userType', userTypeId: 'viewerUT' } });
    expect(open.send.map((s) => s.username)).toEqual(['p', 'q']);
    expect(open.refusal).toBe('2 members need a viewerUT seat; 1 are free.');
    const full = previewBulkChange({
      ...base,
      members: [member('q', 'creatorUT')],
      change: { kind: 'userType', userTypeId: 'GISProfessionalAdvUT' },
    });
    expect(full.refusal).toMatch(/0 are free/);
    expect(previewBulkChange({ ...base, members, change: { kind: 'userType', userTypeId: 'wizardUT' } }).refusal).toMatch(/no user type wizardUT/);
  });

  it('batches 60 members by 25', () => {
    const members = Array.from({ length: 60 }, (_, i) => member(`m${i}`, 'viewerUT'));
    const preview = previewBulkChange({
      ...base,
      userTypeSeats: [...base.userTypeSeats, { id: 'editorUT', max: 100, used: 0 }],
      members,
      change: { kind: 'userType', userTypeId: 'editorUT' },
    });
    expect(preview.batches.map((b) => b.length)).toEqual([25, 25, 10]);
  });
});

describe('usernames the portal does not know', () => {
  it('are left out with the reason, after the members the change concerns, and never batched', () => {
    const preview = previewBulkChange({
      ...base,
      members: [member('a', 'creatorUT', [pro(['desktopAdvN'])])],
      unknown: ['ghost'],
      change: { kind: 'entitlements', appId: 'arcgisprodesktop', entitlements: [] },
    });
    expect(preview.excluded).toEqual([{ username: 'ghost', reason: UNKNOWN_MEMBER }]);
    expect(preview.batches).toEqual([['a']]);
    expect(preview.seats[0]).toMatchObject({ before: 4, after: 3 });
  });
});
