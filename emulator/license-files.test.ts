import { describe, expect, it } from 'vitest';
import { futureLicenseView } from './future-license';
import { readLicenseFile } from './license-files';
import { applyOrgLicenseFile, myEsriLicense } from './org-license-file';
import { demoOrganization, judgeSample, sampleBytes, sampleContent } from './samples';
import { applyServerAuthorizationFile } from './server-authorizations';
import { seedKubernetesServer } from './seed-servers';
import { EmulatorError } from './router';

const NOW = Date.UTC(2026, 2, 10, 13, 30);
const TODAY = Date.UTC(2026, 2, 10);
const DAY = 86_400_000;

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof EmulatorError) return [error.message, ...error.details];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the emulator judges a license file by its content', () => {
  it('accepts the renewal, the shrink and the Kubernetes schedule for their products', () => {
    expect(judgeSample('portal-renewal.json', 'portal', NOW).product).toBe('portal');
    expect(judgeSample('portal-shrink.json', 'portal', NOW).version).toBe('11.3');
    expect(judgeSample('kubernetes-schedule.json', 'kubernetes', NOW).product).toBe('kubernetes');
  });

  it('refuses garbage, a JSON file that is no license, a corrupt file, the wrong product and an expired file', () => {
    expect(refusal(() => judgeSample('garbage.json', 'portal', NOW))).toEqual([
      'Unable to validate the license file.',
      'The file could not be read as a license file.',
    ]);
    expect(refusal(() => judgeSample('not-a-license.json', 'portal', NOW))[1]).toBe('The file is not an ArcGIS license file.');
    expect(refusal(() => judgeSample('portal-corrupt.json', 'portal', NOW))[1]).toBe(
      'The license file is corrupt or has been modified since it was issued.',
    );
    expect(refusal(() => judgeSample('kubernetes-schedule.json', 'portal', NOW))[1]).toBe(
      'This is a license file for ArcGIS Enterprise on Kubernetes; this deployment needs one for ArcGIS Enterprise (portal).',
    );
    expect(refusal(() => judgeSample('server-authorization.prvc', 'kubernetes', NOW))[1]).toMatch(/for ArcGIS Server;/);
    expect(refusal(() => judgeSample('portal-expired.json', 'portal', NOW))[1]).toBe('The license file expired on Mar 5, 2026.');
    expect(refusal(() => readLicenseFile(Buffer.alloc(0), 'portal', TODAY, { parameter: 'file', headline: 'x' }))[1]).toBe(
      'The license file is empty.',
    );
    expect(refusal(() => readLicenseFile(undefined, 'server', TODAY, { parameter: 'licenseFile', headline: 'x' }))[0]).toBe(
      "Required parameter 'licenseFile' is missing.",
    );
  });

  it('an edit of one character makes a file corrupt', () => {
    const edited = Buffer.from(sampleBytes('portal-renewal.json').toString('utf8').replace('"maxUsers": 250', '"maxUsers": 251'));
    expect(refusal(() => readLicenseFile(edited, 'portal', TODAY, { parameter: 'file', headline: 'x' }))[1]).toMatch(/corrupt/);
  });
});

describe('validateLicense and importLicense', () => {
  it('answer in the documented MyEsri shape, dates from the day the file is read', () => {
    const answer = myEsriLicense(sampleContent('kubernetes-schedule.json'), TODAY) as {
      MyEsri: {
        provision: { userTypes: { id: string; maxUsers: number; startDate: number; apps: null }[] };
        definitions: { userTypes: { id: string; name: string }[] };
      };
    };
    const creator = answer.MyEsri.provision.userTypes.filter((u) => u.id === 'creatorUT');
    expect(creator).toEqual([
      { maxUsers: 200, id: 'creatorUT', startDate: TODAY - 75 * DAY, apps: null },
      { maxUsers: 300, id: 'creatorUT', startDate: TODAY + 45 * DAY, apps: null },
      { maxUsers: 0, id: 'creatorUT', startDate: TODAY + 400 * DAY, apps: null },
    ]);
    expect(answer.MyEsri.definitions.userTypes.find((d) => d.id === 'creatorUT')?.name).toBe('Creator');
  });

  it('import makes the step in force the license, its later steps the future license', () => {
    const { org } = demoOrganization('portal', NOW);
    applyOrgLicenseFile(org, sampleContent('portal-renewal.json'), NOW, TODAY);
    const creator = org.license.userTypes.find((u) => u.id === 'creatorUT');
    expect(creator).toEqual({ id: 'creatorUT', maximumRegisteredMembers: 250, expiration: TODAY + 655 * DAY });
    expect(org.license.apps.find((a) => a.id === 'QuickCapture')?.itemId).toMatch(/^[0-9a-f]{32}$/);
    expect(org.license.apps.find((a) => a.id === 'arcgisprodesktop')?.itemId).toBe('d4a332a0be784dd2be53cec0a35e0859');
    expect(org.license.maximumRegisteredMembers).toBe(1450);
    expect(futureLicenseView(org).userTypes.filter((e) => e.id === 'creatorUT')).toEqual([
      { id: 'creatorUT', maximumRegisteredMembers: 300, startDate: TODAY + 30 * DAY },
      { id: 'creatorUT', maximumRegisteredMembers: 0, startDate: TODAY + 655 * DAY },
    ]);
  });
});

describe('importServerLicenses', () => {
  const file = sampleContent('server-authorization.prvc');

  it('appends: same names take the file’s dates, the rest stays', () => {
    const server = seedKubernetesServer(TODAY, '11.4');
    applyServerAuthorizationFile(server, file, false, TODAY);
    expect(server.features.map((f) => f.name)).toEqual(['esriServerSDEEnterprise', 'esriServerLicenseAdvanced', 'esriServerEnterprise']);
    expect(server.extensions.map((e) => [e.name, (e.expiration - TODAY) / DAY])).toEqual([
      ['networkserver', 44],
      ['spatialserver', 655],
      ['3dserver', 655],
    ]);
  });

  it('replaces: only the file’s authorizations remain', () => {
    const server = seedKubernetesServer(TODAY, '11.4');
    applyServerAuthorizationFile(server, file, true, TODAY);
    expect(server.features.map((f) => f.name)).toEqual(['esriServerLicenseAdvanced', 'esriServerEnterprise']);
    expect(server.extensions.map((e) => e.name)).toEqual(['spatialserver', '3dserver']);
  });
});
