import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestEmulator } from '../test-client';
import { SCENARIOS, scenarioFaults } from '.';

// Each named scenario makes the demo portal answer as the report shows.

const ORG_LICENSE = '/admin/orgs/0123456789ABCDEF/license';
let emulator: Awaited<ReturnType<typeof startTestEmulator>>;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control('POST', '/reset', {});
});

async function scenario(name: string) {
  const answer = await emulator.control('POST', '/faults', { kind: 'scenario', name });
  expect(answer.status, answer.text).toBe(200);
}

describe('scenarios', () => {
  it('item 1/5: the Kubernetes 11.0 license, verbatim, at either spelling of the path', async () => {
    await scenario('k8s-11.0-license');
    for (const path of [ORG_LICENSE, `${ORG_LICENSE}s`]) {
      expect((await emulator.get('/arcgis', path)).json()).toEqual({
        licenseManagerInfo: { hostname: '', port: 0 },
        extensions: [],
        capabilities: {
          features: [
            {
              name: 'esriServerLicenseAdvanced',
              displayName: 'ArcGIS GIS Server Advanced',
              coreCount: 8,
              version: '11.0',
              canExpire: true,
              isValid: true,
              expiration: 1700000000000,
            },
          ],
        },
      });
    }
  });

  it("item 2: Drone2Map's listing fails while ArcGIS Pro's answers", async () => {
    await scenario('drone2map-listing-error');
    const listing = (itemId: string) => emulator.get('/portal', `/sharing/rest/content/listings/${itemId}/userEntitlements`);
    expect((await listing('0b0e0497ace34206a67413d051530ded')).json()).toEqual({
      error: { code: 400, message: 'not licensed by user', details: [] },
    });
    expect((await listing('d4a332a0be784dd2be53cec0a35e0859')).json()).toHaveProperty('userEntitlements');
  });

  it('item 3: releaseLicense and updateLicenseManager answer status failed', async () => {
    await scenario('release-failed');
    await scenario('license-manager-update-failed');
    const failed = { status: 'failed', messages: ['Unable to release the license.'] };
    expect((await emulator.post('/portal', '/portaladmin/license/releaseLicense', { username: 'admin' })).json()).toEqual(failed);
    const update = { licenseManagerInfo: JSON.stringify({ hostname: 'lm.example.com', port: 27000 }) };
    expect((await emulator.post('/arcgis', `${ORG_LICENSE}/updateLicenseManager`, update)).json()).toEqual(failed);
  });

  it('item 4: a 10.9.1 root and license with drone2map', async () => {
    await scenario('portal-10.9.1-drone2map');
    expect((await emulator.get('/portal', '/portaladmin')).json().version).toBe('10.9.1');
    const license = (await emulator.get('/portal', '/portaladmin/license')).json();
    expect(license.version).toBe('10.9.1');
    expect(license.apps).toContainEqual({ id: 'drone2map', itemId: '0b0e0497ace34206a67413d051530ded', maximumRegisteredMembers: 4 });
  });

  it('items 6, 7, 9, 10: CEST server date, 7 of 5, change.me, Creator 30 → 20 with 25 held', async () => {
    for (const name of ['server-expiration-cest', 'seven-of-five', 'license-manager-change-me', 'future-creator-shortfall']) await scenario(name);
    const server = (await emulator.get('/arcgis', '/admin/system/licenses')).json();
    expect(server.features).toEqual([expect.objectContaining({ expiration: 1792533600000, expirationString: 'Wed Oct 21 00:00:00 CEST 2026' })]);
    // Rules apply in the order they were switched on: seven-of-five answers the license first.
    expect((await emulator.get('/portal', '/portaladmin/license')).json()).toMatchObject({
      currentRegisteredMembers: 7,
      maximumRegisteredMembers: 5,
    });
    const future = (await emulator.get('/portal', '/portaladmin/license/getFutureLicense')).json();
    expect(future.userTypes).toContainEqual({ id: 'creatorUT', maximumRegisteredMembers: 20, startDate: 1861920000000 });
  });

  it('item 8: the web adaptor answers HTML with HTTP 200; a fresh token is refused with 498', async () => {
    await scenario('web-adaptor-html');
    const page = await emulator.get('/portal', '/portaladmin/license');
    expect([page.status, page.contentType]).toEqual([200, 'text/html; charset=utf-8']);
    expect(page.text).toContain('Could not access any Portal machines. Please contact your system administrator.');
    await emulator.control('POST', '/faults/clear');
    await scenario('fresh-token-498');
    expect((await emulator.get('/arcgis', ORG_LICENSE)).json()).toEqual({ error: { code: 498, message: 'Invalid token.', details: [] } });
  });

  it('refuses an unknown scenario and leaves the plain fault API as it was', async () => {
    const unknown = await emulator.control('POST', '/faults', { kind: 'scenario', name: 'no-such-thing' });
    expect([unknown.status, unknown.json().error]).toEqual([400, expect.stringContaining('Unknown scenario "no-such-thing"')]);
    await emulator.control('POST', '/faults', { kind: 'answer', match: 'GET /portal/portaladmin/license$', body: { plain: true }, times: 1 });
    expect((await emulator.get('/portal', '/portaladmin/license')).json()).toEqual({ plain: true });
    expect((await emulator.get('/portal', '/portaladmin/license')).json()).toHaveProperty('userTypes');
  });

  it('lists every scenario with its item, and EMULATOR_SCENARIOS switches them on for the whole run', async () => {
    const listed = (await emulator.control('GET', '/scenarios')).json().scenarios as { name: string; item: number }[];
    expect(listed.map((s) => s.item).sort((a, b) => a - b)).toEqual([1, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9, 10]);
    expect(scenarioFaults(['seven-of-five', ' k8s-11.0-license '])).toHaveLength(2);
    expect(Object.keys(SCENARIOS)).toHaveLength(listed.length);
    const run = await startTestEmulator({ scenarios: 'seven-of-five' });
    try {
      await run.control('POST', '/reset', {});
      expect((await run.get('/portal', '/portaladmin/license')).json()).toMatchObject({ currentRegisteredMembers: 7 });
    } finally {
      await run.close();
    }
  });
});
