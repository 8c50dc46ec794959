import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgLicense } from '../licensing/license-model';
import { getAssignmentCounts } from './sharing';
import { closeServer, failure, listenOnLoopback } from './test-server';

// A portal without the counts resource (as before 10.8): counts come from each app's listing.
// Pro's listing answers; Drone2Map's refuses, as in the reported "not licensed by user" case.
const LISTINGS: Record<string, unknown> = {
  pro: { userEntitlements: [{ username: 'a', entitlements: [] }], total: 12, start: 1, num: 1, nextStart: 2 },
  d2m: { error: { code: 400, message: 'not licensed by user', details: [] } },
  expired: { error: { code: 498, message: 'Invalid token.', details: [] } },
};
let server: Server;
let portalUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const listing = /\/listings\/([^/]+)\/userEntitlements$/.exec(path)?.[1];
    const body = listing ? LISTINGS[listing] : { error: { code: 400, message: 'Unable to get counts.', details: [] } };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  portalUrl = `${await listenOnLoopback(server)}/portal`;
});

afterAll(() => closeServer(server));

const connection = () => ({ portalUrl, token: 't', referer: 'http://dash/', timeoutMs: 5_000 });
const licenseWith =
  (...itemIds: string[]) =>
  async (): Promise<OrgLicense> => ({
    version: '10.7',
    members: {},
    entitlements: itemIds.map((itemId) => ({ category: 'app' as const, id: `app-${itemId}`, itemId, extra: {} })),
    extra: {},
  });

describe('getAssignmentCounts without the counts resource', () => {
  it('keeps every app whose listing answers when another app’s listing fails', async () => {
    expect(await getAssignmentCounts(connection(), licenseWith('pro', 'd2m'))).toEqual({ app: { pro: 12 } });
  });

  it('still lets a dead session fail the page', async () => {
    const error = await failure(getAssignmentCounts(connection(), licenseWith('pro', 'expired')));
    expect(error.isAuthError).toBe(true);
  });
});
