import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { KUBERNETES_APP, PORTAL_APP } from '../support/env';
import { sampleFile } from '../support/license-files';
import { signInThroughApi } from '../support/session';

const K8S = { Origin: KUBERNETES_APP };
/** importServerLicenses is current on Enterprise on Kubernetes before 11.0 (deprecated from 11.0). */
const SERVER_IMPORT_PROFILE = 'kubernetes-10.9.1';

test.beforeEach(async () => {
  await emulator.reset();
});

interface ServerJson {
  name: string;
  result: { ok: boolean; reason?: string; authorizations?: { key: string; name: string }[] };
}

test('base portal: each federated server read with its own server token; one out of reach is listed with the reason', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.get('/api/server-licenses');
  expect(response.status()).toBe(200);
  const view = await response.json();
  expect(view).toMatchObject({ kind: 'portal', canImport: false });
  const [hosting, image, gone] = view.servers as ServerJson[];
  expect(hosting?.name).toBe('gis.example.com:6443');
  expect(hosting?.result.authorizations?.map((a) => a.key)).toEqual([
    'edition:svradvanced',
    'level:svrenterprise',
    'feature:esriServerLicenseAdvanced',
    'feature:esriServerSDEEnterprise',
    'extension:spatialserver',
    'extension:networkserver',
  ]);
  // Its portal spells adminURL the old way: read all the same.
  expect(image?.result.authorizations?.map((a) => a.name)).toContain('ArcGIS Image Server');
  expect(gone).toMatchObject({
    name: 'gis-old.example.com:6443',
    result: { ok: false, reason: 'Cannot reach http://127.0.0.1:2: connection refused.' },
  });

  const entries = (await emulator.log(lastSeq)).entries;
  const exchanges = entries.filter((e) => e.path === '/sharing/rest/generateToken');
  expect(exchanges).toHaveLength(3);
  for (const exchange of exchanges) {
    expect(exchange).toMatchObject({ method: 'POST', tokenIn: 'body', params: { token: '[token]', client: 'referer' } });
    expect(exchange.params.serverUrl).toMatch(/\/server1$|\/server2$|127\.0\.0\.1:2\/arcgis$/);
  }
  const reads = entries.filter((e) => e.path === '/admin/system/licenses').map((e) => `${e.context} ${e.method} ${e.tokenIn}`);
  expect(reads.sort()).toEqual(['/server1 GET query', '/server2 GET query']);
});

test('a federated server refuses the portal token itself: only server tokens open it', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  // Right after sign-in the only token is the portal's.
  const [portalToken] = await emulator.issuedTokens();
  const servers = (await (await request.get('/api/server-licenses')).json()).servers as { url: string }[];
  const answer = await (await fetch(`${servers[0]?.url}/admin/system/licenses?f=json&token=${portalToken}`)).json();
  expect(answer).toMatchObject({ status: 'error', code: 498 });
});

test('Kubernetes: the deployment’s own server, append then replace', async ({ request }) => {
  await emulator.reset({ profile: SERVER_IMPORT_PROFILE });
  await signInThroughApi(request, KUBERNETES_APP);
  const read = async () =>
    (await (await request.get(`${KUBERNETES_APP}/api/server-licenses`)).json()) as { canImport: boolean; servers: ServerJson[] };
  const before = await read();
  expect(before.canImport).toBe(true);
  const keys = (view: { servers: ServerJson[] }) => view.servers[0]?.result.authorizations?.map((a) => a.key);
  expect(keys(before)).toEqual([
    'edition:svradvanced',
    'level:svrenterprise',
    'feature:esriServerLicenseAdvanced',
    'feature:esriServerSDEEnterprise',
    'feature:esriServerEnterprise',
    'extension:spatialserver',
    'extension:networkserver',
  ]);

  const { lastSeq } = await emulator.log();
  const append = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
    headers: K8S,
    multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'false' },
  });
  expect(append.status(), await append.text()).toBe(200);
  expect(keys(await read())).toEqual(expect.arrayContaining(['feature:esriServerSDEEnterprise', 'extension:networkserver', 'extension:3dserver']));

  const replace = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
    headers: K8S,
    multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'true' },
  });
  expect(replace.status()).toBe(200);
  expect(keys(await read())).toEqual([
    'edition:svradvanced',
    'level:svrenterprise',
    'feature:esriServerLicenseAdvanced',
    'feature:esriServerEnterprise',
    'extension:spatialserver',
    'extension:3dserver',
  ]);
  const imports = (await emulator.log(lastSeq)).entries.filter((e) => e.path === '/admin/system/licenses/importServerLicenses');
  expect(imports.map((e) => [e.context, e.params.overwrite, e.files[0]?.field, e.tokenIn])).toEqual([
    ['/arcgis', 'false', 'licenseFile', 'body'],
    ['/arcgis', 'true', 'licenseFile', 'body'],
  ]);
});

test('bad server license uploads are refused with a 400 naming the problem, and nothing is sent', async ({ request }) => {
  await emulator.reset({ profile: SERVER_IMPORT_PROFILE });
  await signInThroughApi(request, KUBERNETES_APP);
  const { lastSeq } = await emulator.log();
  const cases: { what: string; multipart: Record<string, unknown>; field: string; message: RegExp }[] = [
    {
      what: 'wrong kind',
      multipart: { licenseFile: sampleFile('portal-renewal.json'), overwrite: 'false' },
      field: 'licenseFile',
      message: /is not a \.epc or \.prvc file/,
    },
    {
      what: 'empty',
      multipart: { licenseFile: { name: 'auth.prvc', mimeType: 'application/octet-stream', buffer: Buffer.alloc(0) }, overwrite: 'false' },
      field: 'licenseFile',
      message: /is empty/,
    },
    { what: 'file missing', multipart: { overwrite: 'false' }, field: 'licenseFile', message: /^Choose a license file\.$/ },
    {
      what: 'overwrite missing',
      multipart: { licenseFile: sampleFile('server-authorization.prvc') },
      field: 'overwrite',
      message: /append to or replace/,
    },
    {
      what: 'overwrite not boolean',
      multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'yes' },
      field: 'overwrite',
      message: /true or false/,
    },
  ];
  for (const { what, multipart, field, message } of cases) {
    const response = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, { headers: K8S, multipart: multipart as never });
    expect(response.status(), what).toBe(400);
    const { error } = await response.json();
    expect(error.field, what).toBe(field);
    expect(error.message, what).toMatch(message);
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('ArcGIS Server refuses a file that is not an authorization, in its own words', async ({ request }) => {
  await emulator.reset({ profile: SERVER_IMPORT_PROFILE });
  await signInThroughApi(request, KUBERNETES_APP);
  const response = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
    headers: K8S,
    multipart: {
      licenseFile: { name: 'portal.prvc', mimeType: 'application/octet-stream', buffer: sampleFile('portal-renewal.json').buffer },
      overwrite: 'false',
    },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toMatchObject({
    code: 'portal_rejected',
    message: 'Unable to import the server authorization file.',
    details: [expect.stringContaining('This is a license file for ArcGIS Enterprise (portal)')],
  });
});

test('the base portal cannot import server licenses, and says so', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const response = await request.post('/api/server-licenses/import', {
    headers: { Origin: PORTAL_APP },
    multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'false' },
  });
  expect(response.status()).toBe(409);
  expect((await response.json()).error.code).toBe('not_supported');
});

test('Kubernetes: the import answers what it added, changed and removed, read back from the server', async ({ request }) => {
  await emulator.reset({ profile: SERVER_IMPORT_PROFILE });
  await signInThroughApi(request, KUBERNETES_APP);
  const post = (overwrite: 'true' | 'false') =>
    request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
      headers: K8S,
      multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite },
    });
  const { lastSeq } = await emulator.log();
  const append = await post('false');
  expect(append.status(), await append.text()).toBe(200);
  const appended = await append.json();
  const keysOf = (list: { key: string }[]) => list.map((a) => a.key);
  expect(appended).toMatchObject({ imported: true, overwrite: false, readBack: { ok: true } });
  expect(keysOf(appended.readBack.changes.added)).toEqual(['extension:3dserver']);
  expect(appended.readBack.changes.removed).toEqual([]);
  expect(keysOf(appended.readBack.changes.changed.map((c: { after: { key: string } }) => c.after))).toContain('extension:spatialserver');
  // Read just before and just after the import, with the deployment's own server.
  const calls = (await emulator.log(lastSeq)).entries.map((e) => `${e.method} ${e.path}`);
  expect(calls).toEqual(['GET /admin/system/licenses', 'POST /admin/system/licenses/importServerLicenses', 'GET /admin/system/licenses']);

  const replace = await post('true');
  const replaced = await replace.json();
  expect(keysOf(replaced.readBack.changes.removed).sort()).toEqual(['extension:networkserver', 'feature:esriServerSDEEnterprise']);
  expect(replaced.readBack.changes.added).toEqual([]);
});

test('Kubernetes: {"status":"failed"} is a failure in the server’s words, never "imported"', async ({ request }) => {
  await emulator.reset({ profile: SERVER_IMPORT_PROFILE });
  await signInThroughApi(request, KUBERNETES_APP);
  await emulator.fault({
    kind: 'answer',
    match: '^POST /arcgis/admin/system/licenses/importServerLicenses$',
    times: 1,
    body: { status: 'failed', messages: ['The authorization file could not be applied.', 'Check the file and try again.'] },
  });
  const response = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
    headers: K8S,
    multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'false' },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toMatchObject({
    code: 'portal_rejected',
    message: 'The authorization file could not be applied.',
    details: ['Check the file and try again.'],
  });
});

test('Kubernetes 11.0 and later: one license file for the deployment, so no server import is offered or sent', async ({ request }) => {
  await signInThroughApi(request, KUBERNETES_APP);
  expect(((await (await request.get(`${KUBERNETES_APP}/api/server-licenses`)).json()) as { canImport: boolean }).canImport).toBe(false);
  const { lastSeq } = await emulator.log();
  const response = await request.post(`${KUBERNETES_APP}/api/server-licenses/import`, {
    headers: K8S,
    multipart: { licenseFile: sampleFile('server-authorization.prvc'), overwrite: 'false' },
  });
  expect(response.status()).toBe(409);
  expect((await response.json()).error.message).toContain('11.0');
  expect((await emulator.log(lastSeq)).entries.filter((e) => e.path.endsWith('/importServerLicenses'))).toEqual([]);
});
