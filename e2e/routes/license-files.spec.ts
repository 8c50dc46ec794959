import { expect, test } from '@playwright/test';
import { emulator } from '../support/emulator';
import { KUBERNETES_APP, PORTAL_APP } from '../support/env';
import { sampleFile, validateThroughApi } from '../support/license-files';
import { signInThroughApi } from '../support/session';

const ORIGIN = { Origin: PORTAL_APP };
const FIVE_MB = 5 * 1024 * 1024;

test.beforeEach(async () => {
  await emulator.reset();
});

test('bad uploads are refused with a 400 naming the problem, and nothing reaches the portal', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const json = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/json', buffer });
  const cases: { what: string; multipart: Record<string, unknown>; field: string; message: string | RegExp }[] = [
    { what: 'empty', multipart: { file: json('empty.json', Buffer.alloc(0)) }, field: 'file', message: '“empty.json” is empty.' },
    {
      what: 'over 5 MB',
      multipart: { file: json('big.json', Buffer.alloc(FIVE_MB + 1, 0x20)) },
      field: 'file',
      message: '“big.json” is 5.0 MB; a license file is at most 5 MB.',
    },
    {
      what: 'far over 5 MB',
      multipart: { file: json('huge.json', Buffer.alloc(FIVE_MB * 1.6, 0x20)) },
      field: 'file',
      message: 'The file is larger than 5 MB; a license file is at most that.',
    },
    {
      what: 'wrong kind',
      multipart: { file: { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') } },
      field: 'file',
      message: '“notes.txt” is not a .json or .prvc file. Choose the license file you downloaded from My Esri.',
    },
    {
      what: 'garbage',
      multipart: { file: sampleFile('garbage.json') },
      field: 'file',
      message: '“garbage.json” is not a license file: its content is not a JSON object.',
    },
    {
      what: 'field missing',
      multipart: { license: sampleFile('portal-renewal.json') },
      field: 'file',
      message: 'Choose a license file.',
    },
    {
      what: 'field not a file',
      multipart: { file: 'portal-renewal.json' },
      field: 'file',
      message: 'What was sent is not a file: choose the license file.',
    },
  ];
  for (const { what, multipart, field, message } of cases) {
    const response = await request.post('/api/license/validate', { headers: ORIGIN, multipart: multipart as never });
    expect(response.status(), what).toBe(400);
    const { error } = await response.json();
    expect(error.code, what).toBe('invalid_input');
    expect(error.field, what).toBe(field);
    if (typeof message === 'string') expect(error.message, what).toBe(message);
    else expect(error.message, what).toMatch(message);
  }
  const notMultipart = await request.post('/api/license/validate', { headers: ORIGIN, data: { file: 'x' } });
  expect(notMultipart.status()).toBe(415);
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('signed out or from another origin, nothing is validated or imported', async ({ request }) => {
  const signedOut = await request.post('/api/license/validate', { headers: ORIGIN, multipart: { file: sampleFile('portal-renewal.json') } });
  expect(signedOut.status()).toBe(401);
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  for (const path of ['/api/license/validate', '/api/license/import', '/api/license/populate']) {
    const response = await request.post(path, {
      headers: { Origin: 'https://evil.example' },
      multipart: { file: sampleFile('portal-renewal.json') },
    });
    expect(response.status(), path).toBe(403);
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
});

test('validate returns the file as the portal read it, the license now, and a proof; import with it applies the file', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.post('/api/license/validate', { headers: ORIGIN, multipart: { file: sampleFile('portal-renewal.json') } });
  expect(response.status()).toBe(200);
  const view = await response.json();
  expect(view).toMatchObject({ kind: 'portal', fileName: 'portal-renewal.json', file: { version: '11.4' } });
  const creator = view.file.schedules.find((s: { id: string }) => s.id === 'creatorUT');
  expect(creator.steps.map((s: { seats: number }) => s.seats)).toEqual([250, 300, 0]);
  expect(view.current.license.members).toEqual({ used: 70, purchased: 1400 });
  expect(typeof view.validation.proof).toBe('string');

  const imported = await request.post('/api/license/import', {
    headers: ORIGIN,
    multipart: { file: sampleFile('portal-renewal.json'), validation: view.validation.proof },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  expect(await imported.json()).toMatchObject({ imported: true, fileName: 'portal-renewal.json' });

  const calls = (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
  expect(calls.map((e) => e.path)).toEqual(['/portaladmin/license/validateLicense', '/portaladmin/license/importLicense']);
  for (const call of calls) {
    expect(call.tokenIn).toBe('body');
    expect(call.files).toEqual([{ field: 'file', name: 'portal-renewal.json', size: sampleFile('portal-renewal.json').buffer.length }]);
  }
  const license = (await (await request.get('/api/license')).json()).license;
  expect(license.members.purchased).toBe(1450);
  expect(license.entitlements.find((e: { id: string }) => e.id === 'creatorUT').purchased).toBe(250);
});

test('an import without a valid validation of that file in this session is refused, and nothing is imported', async ({ request, playwright }) => {
  await signInThroughApi(request, PORTAL_APP);
  const proof = await validateThroughApi(request, PORTAL_APP, 'portal-renewal.json');
  const other = await playwright.request.newContext({ baseURL: PORTAL_APP });
  await signInThroughApi(other, PORTAL_APP);
  const otherSessionProof = await validateThroughApi(other, PORTAL_APP, 'portal-shrink.json');
  await other.dispose();

  const { lastSeq } = await emulator.log();
  const attempts: { what: string; file: string; validation?: string; message: RegExp }[] = [
    {
      what: 'no validation',
      file: 'portal-shrink.json',
      message: /^Validate the file before importing it: the import carries no proof of a validation\.$/,
    },
    { what: 'forged', file: 'portal-shrink.json', validation: 'eyJ2IjoxfQ.forged', message: /it is not a proof the dashboard issued/ },
    { what: 'another file', file: 'portal-shrink.json', validation: proof, message: /this is not the file that was validated/ },
    { what: 'another session', file: 'portal-shrink.json', validation: otherSessionProof, message: /it was validated in another session/ },
  ];
  for (const { what, file, validation, message } of attempts) {
    const response = await request.post('/api/license/import', {
      headers: ORIGIN,
      multipart: { file: sampleFile(file), ...(validation ? { validation } : {}) },
    });
    expect(response.status(), what).toBe(400);
    const { error } = await response.json();
    expect(error, what).toMatchObject({ code: 'invalid_input', field: 'validation' });
    expect(error.message, what).toMatch(message);
  }
  expect((await emulator.log(lastSeq)).entries).toEqual([]);
  // The organization still has its 200 Creator seats.
  const license = (await (await request.get('/api/license')).json()).license;
  expect(license.entitlements.find((e: { id: string }) => e.id === 'creatorUT').purchased).toBe(200);
});

test('a file the portal refuses comes back in the portal’s words, without a proof', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const refusals: [string, string][] = [
    ['portal-expired.json', 'The license file expired on'],
    ['portal-corrupt.json', 'The license file is corrupt or has been modified since it was issued.'],
    ['not-a-license.json', 'The file is not an ArcGIS license file.'],
    ['kubernetes-schedule.json', 'This is a license file for ArcGIS Enterprise on Kubernetes'],
  ];
  for (const [name, detail] of refusals) {
    const response = await request.post('/api/license/validate', { headers: ORIGIN, multipart: { file: sampleFile(name) } });
    expect(response.status(), name).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe('portal_rejected');
    expect(body.error.message).toBe('Unable to validate the license file.');
    expect(body.error.details[0]).toContain(detail);
    expect(body.validation).toBeUndefined();
  }
});

test('on Kubernetes: validateLicense gets listAdministratorUserTypes=false, and the import lands on the organization', async ({ request }) => {
  await signInThroughApi(request, KUBERNETES_APP);
  const { lastSeq } = await emulator.log();
  const origin = { Origin: KUBERNETES_APP };
  const validated = await request.post(`${KUBERNETES_APP}/api/license/validate`, {
    headers: origin,
    multipart: { file: sampleFile('kubernetes-schedule.json') },
  });
  expect(validated.status(), await validated.text()).toBe(200);
  const view = await validated.json();
  expect(view.kind).toBe('kubernetes');
  const imported = await request.post(`${KUBERNETES_APP}/api/license/import`, {
    headers: origin,
    multipart: { file: sampleFile('kubernetes-schedule.json'), validation: view.validation.proof },
  });
  expect(imported.status(), await imported.text()).toBe(200);
  const posts = (await emulator.log(lastSeq)).entries.filter((e) => e.method === 'POST');
  expect(posts.map((e) => `${e.context}${e.path}`)).toEqual([
    '/arcgis/admin/orgs/0123456789ABCDEF/license/validateLicense',
    '/arcgis/admin/orgs/0123456789ABCDEF/license/importLicense',
  ]);
  expect(posts[0]?.params).toMatchObject({ listAdministratorUserTypes: 'false', f: 'json', token: '[token]' });
  // The portal's proof is for Kubernetes: the base portal's dashboard refuses it.
  await signInThroughApi(request, PORTAL_APP);
  const crossed = await request.post('/api/license/import', {
    headers: ORIGIN,
    multipart: { file: sampleFile('kubernetes-schedule.json'), validation: view.validation.proof },
  });
  expect(crossed.status()).toBe(400);
});

test('populate license: the base portal runs it; Kubernetes says it has no such operation', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const response = await request.post('/api/license/populate', { headers: ORIGIN });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ populated: true });
  const [call] = (await emulator.log(lastSeq)).entries;
  expect(call).toMatchObject({ method: 'POST', path: '/portaladmin/license/populateLicense', tokenIn: 'body' });

  await signInThroughApi(request, KUBERNETES_APP);
  const kubernetes = await request.post(`${KUBERNETES_APP}/api/license/populate`, { headers: { Origin: KUBERNETES_APP } });
  expect(kubernetes.status()).toBe(409);
  expect((await kubernetes.json()).error).toMatchObject({ code: 'not_supported', message: expect.stringContaining('no Populate License operation') });
});

test('the future license: the portal’s getFutureLicense; Kubernetes has none', async ({ request }) => {
  await signInThroughApi(request, PORTAL_APP);
  const future = await (await request.get('/api/license/future')).json();
  expect(future.supported).toBe(true);
  expect(future.future.userTypes.find((e: { id: string }) => e.id === 'creatorUT').maximumRegisteredMembers).toBe(0);
  await signInThroughApi(request, KUBERNETES_APP);
  const kubernetes = await (await request.get(`${KUBERNETES_APP}/api/license/future`)).json();
  expect(kubernetes).toMatchObject({ supported: false });
});
