import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { apiRoutes, MUTATING_METHODS, type ApiRoute } from '../support/api-routes';
import { hostNameProblem } from '../../lib/schemas/license-manager-form';
import { ReleaseLicenseSchema } from '../../lib/schemas/release-license';
import { emulator, type LoggedRequest } from '../support/emulator';
import { PORTAL_APP } from '../support/env';
import { signInThroughApi } from '../support/session';

// Generated input thrown at every route, signed in and with the right Origin so it reaches the
// validation: random JSON, wrong types, huge strings, wrong content types, broken multipart and
// 20 MB bodies. No answer may be a 5xx or show a stack trace or an internal path, and the portal
// (the emulator) must receive nothing the dashboard should have refused.

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 150);
// Its own client address, so the sign-in throttle it trips does not slow the other tests.
const HEADERS = { Origin: PORTAL_APP, 'X-Forwarded-For': '192.0.2.77' };
const LEAKS = /node_modules|\/work\/|\.next\/|webpack|\bat [\w.<>]+ \(|\.tsx?:\d+|\.js:\d+:\d+|TypeError|ReferenceError/;

const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n));
const anyValue = fc.oneof(fc.jsonValue(), hugeString, fc.string({ unit: 'grapheme', maxLength: 200 }));
const plausibleObject = fc.dictionary(
  fc.constantFrom(
    'username',
    'password',
    'appId',
    'primaryHost',
    'backupHost',
    'port',
    'q',
    'file',
    'overwrite',
    'token',
    'f',
    '__proto__',
    'constructor',
  ),
  anyValue,
);
const body = fc.oneof(
  fc.record({ kind: fc.constant('json' as const), value: fc.oneof(anyValue, plausibleObject) }),
  fc.record({
    kind: fc.constant('text' as const),
    value: fc.string({ maxLength: 2_000 }),
    type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json', 'application/xml', ''),
  }),
  fc.record({ kind: fc.constant('multipart' as const), value: fc.string({ maxLength: 500 }), boundary: fc.constantFrom('', 'x', '----broken') }),
  fc.record({ kind: fc.constant('bytes' as const), value: fc.uint8Array({ maxLength: 4_000 }) }),
);
const query = fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 300 }), { maxKeys: 4 });

type Body = typeof body extends fc.Arbitrary<infer T> ? T : never;

async function send(request: APIRequestContext, route: ApiRoute, input: Body, params: Record<string, string>): Promise<APIResponse> {
  const url = `${route.path}?${new URLSearchParams(params).toString()}`;
  if (!MUTATING_METHODS.has(route.method)) return request.fetch(url, { method: route.method, headers: HEADERS });
  switch (input.kind) {
    case 'json':
      return request.fetch(url, {
        method: route.method,
        headers: { ...HEADERS, 'Content-Type': 'application/json' },
        data: JSON.stringify(input.value),
      });
    case 'text':
      return request.fetch(url, { method: route.method, headers: { ...HEADERS, 'Content-Type': input.type }, data: input.value });
    case 'multipart':
      return request.fetch(url, {
        method: route.method,
        headers: { ...HEADERS, 'Content-Type': `multipart/form-data${input.boundary ? `; boundary=${input.boundary}` : ''}` },
        data: `--${input.boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\n${input.value}`,
      });
    case 'bytes':
      return request.fetch(url, {
        method: route.method,
        headers: { ...HEADERS, 'Content-Type': 'application/octet-stream' },
        data: Buffer.from(input.value),
      });
  }
}

async function expectSafe(response: APIResponse, label: string): Promise<void> {
  const text = await response.text();
  expect(response.status(), `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, label).not.toMatch(LEAKS);
}

function invalidLicenseManagerInfo(value: string | undefined): string | undefined {
  try {
    const info = JSON.parse(value ?? '') as { hostname?: unknown; port?: unknown };
    const hosts = typeof info.hostname === 'string' ? info.hostname.split(',') : [];
    if (hosts.length === 0 || hosts.length > 2 || hosts.some((host) => hostNameProblem(host) !== undefined))
      return `hostname ${String(info.hostname)}`;
    if (!Number.isInteger(info.port) || (info.port as number) < 1 || (info.port as number) > 65535) return `port ${String(info.port)}`;
    return undefined;
  } catch {
    return 'licenseManagerInfo that is not JSON';
  }
}

/** What may reach the portal from a fuzzed route: only requests the dashboard has validated. */
function invalidAtPortal(entry: LoggedRequest): string | undefined {
  const { params } = entry;
  // With serverUrl, generateToken exchanges the session's portal token for a federated server's
  // (the server licenses route): no credentials, by design.
  if (entry.path === '/sharing/rest/generateToken' && params.serverUrl !== undefined) {
    if (entry.tokenIn !== 'body') return `a server-token exchange without the portal token in its body`;
  } else if (entry.path === '/sharing/rest/generateToken') {
    const { username = '', password = '' } = params;
    if (username.trim() === '' || username.length > 256) return `generateToken with username of length ${username.length}`;
    if (password === '') return 'generateToken without a password';
  }
  if (entry.path.endsWith('/license/releaseLicense')) {
    const result = ReleaseLicenseSchema.safeParse({ username: params.username, appId: params.appId });
    if (!result.success || result.data.username !== params.username) return `releaseLicense ${JSON.stringify(params)}`;
  }
  if (entry.path.endsWith('/license/updateLicenseManager')) {
    const problem = invalidLicenseManagerInfo(params.licenseManagerInfo);
    if (problem) return `updateLicenseManager with ${problem}`;
  }
  return undefined;
}

test('generated input at every route: no 5xx, no internals, nothing invalid reaches the portal', async ({ request }) => {
  test.setTimeout(600_000);
  await emulator.reset();
  // A generated input that happens to be a valid License Manager update must not restart the
  // portal under the fuzzing session: the portal refuses updates (in its words) for this test.
  await emulator.fault({
    kind: 'answer',
    match: '^POST .*/license/updateLicenseManager$',
    body: { status: 'error', messages: ['Updates are refused while fuzzing.'], code: 400 },
  });
  await signInThroughApi(request, PORTAL_APP);
  const { lastSeq } = await emulator.log();
  const routes = apiRoutes();
  let cases = 0;

  for (const route of routes) {
    // Signing out would end the fuzzing session; its Origin and session checks are tested elsewhere.
    if (route.method === 'DELETE' && route.path === '/api/session') continue;
    await fc.assert(
      fc.asyncProperty(body, query, async (input, params) => {
        cases += 1;
        await expectSafe(await send(request, route, input, params), `${route.method} ${route.path} ${input.kind}`);
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
    if (MUTATING_METHODS.has(route.method)) {
      for (const type of ['application/json', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
        cases += 1;
        const big = await request.fetch(route.path, {
          method: route.method,
          headers: { ...HEADERS, 'Content-Type': type },
          data: Buffer.alloc(20 * 1024 * 1024, 0x41),
        });
        await expectSafe(big, `${route.method} ${route.path} 20 MB ${type}`);
      }
    }
  }

  const reached = (await emulator.log(lastSeq)).entries;
  expect(reached.map(invalidAtPortal).filter(Boolean)).toEqual([]);
  console.log(`fuzz: ${cases} cases across ${routes.length} route handlers; ${reached.length} requests reached the portal, none invalid`);
});
