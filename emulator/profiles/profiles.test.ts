import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../test-client';
import { selectProfiles } from './apply';

// Each version profile answers with that version's shapes and paths (README "Versions").

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const DRONE2MAP = '0b0e0497ace34206a67413d051530ded';
const ORG = '/admin/orgs/0123456789ABCDEF';

type Emulator = Awaited<ReturnType<typeof startTestEmulator>>;
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

async function switchTo(profile: string): Promise<void> {
  expect((await emulator.control('POST', '/reset', { profile })).status).toBe(200);
}

/** Members the app's listing shows with a license taken offline. */
async function offline(context: string, itemId: string): Promise<string[]> {
  const listing = (await emulator.get(context, `/sharing/rest/content/listings/${itemId}/userEntitlements`, { num: '100' })).json();
  const entries = listing.userEntitlements as { username: string; disconnected: boolean }[];
  return entries.filter((e) => e.disconnected).map((e) => e.username);
}

describe('base portal profiles', () => {
  it('default answers as the demo always has: 11.4, Drone2Map as arcgisd2m, AllSource not releasable', async () => {
    await switchTo('default');
    expect((await emulator.get('/portal', '/portaladmin')).json()).toMatchObject({ version: '11.4.0', currentbuild: '11.4.0.56500' });
    const license = (await emulator.get('/portal', '/portaladmin/license')).json();
    expect(license).toMatchObject({ version: '11.4', currentRegisteredMembers: 70 });
    expect((license.apps as { id: string }[]).map((a) => a.id)).toEqual(expect.arrayContaining(['arcgisd2m', 'allsource']));
    const refused = await emulator.post('/portal', '/portaladmin/license/releaseLicense', { username: 'admin', appId: 'arcgisallsource' });
    expect(refused.json().messages).toEqual(["Invalid appId 'arcgisallsource'. Supported values: arcgisprodesktop, drone2map."]);
  });

  it('10.9.1 reports its version, lists drone2map, no AllSource, and releases ArcGIS Pro whatever appId says', async () => {
    await switchTo('portal-10.9.1');
    expect((await emulator.get('/portal', '/portaladmin')).json().version).toBe('10.9.1');
    const license = (await emulator.get('/portal', '/portaladmin/license')).json();
    expect(license.version).toBe('10.9.1');
    const apps = license.apps as { id: string; itemId: string }[];
    expect(apps.find((a) => a.itemId === DRONE2MAP)?.id).toBe('drone2map');
    expect(apps.some((a) => a.id === 'allsource')).toBe(false);

    const [proUser] = await offline('/portal', PRO);
    const droneBefore = await offline('/portal', DRONE2MAP);
    expect(proUser).toBeDefined();
    const answer = await emulator.post('/portal', '/portaladmin/license/releaseLicense', { username: proUser ?? '', appId: 'drone2map' });
    expect(answer.json()).toEqual({ status: 'success' });
    expect(await offline('/portal', PRO)).not.toContain(proUser);
    expect(await offline('/portal', DRONE2MAP)).toEqual(droneBefore);
  });

  it('10.8.1 and 11.1 require a License Manager; 11.4 and 11.5 take none', async () => {
    const none = { licenseManagerInfo: JSON.stringify({ hostname: '', port: 0 }) };
    for (const profile of ['portal-10.8.1', 'portal-11.1']) {
      await switchTo(profile);
      const answer = await emulator.post('/portal', '/portaladmin/license/updateLicenseManager', none);
      expect(answer.json(), profile).toMatchObject({ status: 'error', messages: ["licenseManagerInfo must have a 'hostname'."] });
    }
    await switchTo('portal-11.5');
    expect((await emulator.get('/portal', '/portaladmin/license')).json().licenseManagerInfo).toEqual({ hostname: '', port: 0 });
    await switchTo('portal-11.4');
    expect((await emulator.post('/portal', '/portaladmin/license/updateLicenseManager', none)).json()).toMatchObject({ status: 'success' });
  });

  it('11.5 releases ArcGIS AllSource', async () => {
    await switchTo('portal-11.5');
    const answer = await emulator.post('/portal', '/portaladmin/license/releaseLicense', { username: 'admin', appId: 'arcgisallsource' });
    // Accepted as an app: the refusal is about the member, not the appId.
    expect(answer.json().messages).toEqual(["User 'admin' does not have a license for 'arcgisallsource' checked out."]);
  });
});

describe('Enterprise on Kubernetes profiles', () => {
  it('10.9.1: its version, the change.me License Manager, no releaseLicense, the license also at /licenses', async () => {
    await switchTo('kubernetes-10.9.1');
    expect((await emulator.get('/arcgis', '/admin')).json()).toMatchObject({ fullVersion: '10.9.1' });
    const license = (await emulator.get('/arcgis', `${ORG}/licenses`)).json();
    expect(license).toMatchObject({ version: '10.9.1', licenseManagerInfo: { hostname: 'change.me', port: 27000 } });
    expect((await emulator.get('/arcgis', '/admin/system/licenses')).json().licenseManagerInfo).toEqual({ hostname: 'change.me', port: 27000 });
    const release = await emulator.post('/arcgis', `${ORG}/license/releaseLicense`, { username: 'admin', appId: 'arcgisprodesktop' });
    expect([release.status, release.contentType]).toEqual([404, 'text/html; charset=utf-8']);
  });

  it('11.0: the documented license shape, no member counts, no version; the root says 11.0', async () => {
    await switchTo('kubernetes-11.0');
    expect((await emulator.get('/arcgis', '/admin')).json()).toMatchObject({ fullVersion: '11.0.0', currentVersion: '11.0' });
    const license = (await emulator.get('/arcgis', `${ORG}/license`)).json();
    expect(license).not.toHaveProperty('version');
    expect(license).not.toHaveProperty('currentRegisteredMembers');
    expect(license.userTypes).toContainEqual({ id: 'creatorUT', maximumRegisteredMembers: 200, expiration: expect.any(Number) });
    expect(license).toMatchObject({ licenseManagerInfo: { hostname: '', port: 0 }, capabilities: { features: expect.any(Array) } });
    expect((await emulator.post('/arcgis', `${ORG}/license/releaseLicense`, { username: 'admin', appId: 'drone2map' })).status).toBe(404);
  });

  it('11.3 releases with username and appId, and refuses a release without appId', async () => {
    await switchTo('kubernetes-11.3');
    const [droneUser] = await offline('/arcgis', DRONE2MAP);
    const missing = await emulator.post('/arcgis', `${ORG}/license/releaseLicense`, { username: droneUser ?? '' });
    expect(missing.json().messages).toEqual(["Parameter 'appId' is required."]);
    const released = await emulator.post('/arcgis', `${ORG}/licenses/releaseLicense`, { username: droneUser ?? '', appId: 'drone2map' });
    expect(released.json()).toEqual({ status: 'success' });
  });

  it('a profile of one kind leaves the other at its default', async () => {
    await switchTo('kubernetes-11.0');
    expect((await emulator.get('/portal', '/portaladmin')).json().version).toBe('11.4.0');
    const state = (await emulator.control('GET', '/state')).json();
    expect((state.deployments as { context: string; profile: string }[]).slice(0, 2)).toMatchObject([
      { context: '/portal', profile: 'default' },
      { context: '/arcgis', profile: 'kubernetes-11.0' },
    ]);
  });
});

describe('choosing profiles', () => {
  it('refuses an unknown profile and two profiles for one kind', async () => {
    expect(() => selectProfiles(['portal-9.0'])).toThrow('Unknown emulator profile "portal-9.0"');
    expect(() => selectProfiles(['portal-10.9.1', 'portal-11.5'])).toThrow('Two profiles for the portal deployment');
    expect(selectProfiles(['portal-10.9.1', 'kubernetes-11.0'])).toEqual({ portal: 'portal-10.9.1', kubernetes: 'kubernetes-11.0' });
    expect((await emulator.control('POST', '/reset', { profile: 'portal-9.0' })).status).toBe(400);
  });

  it('a reset without a profile returns to the one the run started with', async () => {
    const started = await startTestEmulator({ profile: 'portal-10.8.1' });
    try {
      await started.control('POST', '/reset', { profile: 'portal-11.5' });
      expect((await started.get('/portal', '/portaladmin')).json().version).toBe('11.5.0');
      await started.control('POST', '/reset', {});
      expect((await started.get('/portal', '/portaladmin')).json().version).toBe('10.8.1');
    } finally {
      await started.close();
    }
  });
});
