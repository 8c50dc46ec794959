import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeProblem } from '../http/problem';
import { portalCall } from './connection';
import { closeServer, failure, listenOnLoopback } from './test-server';

// A token the portal refuses on one call: "sign in again" only when it refuses it everywhere.

const GOOD = 'fresh-token';
const REVOKED = 'revoked-token';
const INVALID = '{"error":{"code":498,"message":"Invalid token.","details":[]}}';

let server: Server;
let base: string;
let checks = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    if (url.pathname === '/sharing/rest/community/self') {
      checks += 1;
      return res.end(url.searchParams.get('token') === GOOD ? '{"username":"admin"}' : INVALID);
    }
    if (url.pathname === '/portaladmin/license') return res.end(INVALID);
    return res.end('{"status":"error","messages":["Token Required"],"code":499}');
  });
  base = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

function call(token: string, path = '/portaladmin/license') {
  return failure(portalCall({ portalUrl: base, token, referer: 'http://localhost:3000/', timeoutMs: 2_000 }, path, z.object({})));
}

describe('a refused token', () => {
  it('still accepted on community/self: the portal’s words, not "sign in again"', async () => {
    const error = await call(GOOD);
    expect(error).toMatchObject({ code: 498, tokenAcceptedElsewhere: true, isAuthError: false, isTokenRefusal: true });
    const { status, body } = describeProblem(error, base);
    expect(status).toBe(403);
    expect(body.error).toMatchObject({ code: 'portal_token_refused', message: 'Invalid token.' });
    expect(body.error.hint).toContain('signing in again would not help');
  });

  it('a 499 in the admin shape on a good token is judged the same way', async () => {
    const error = await call(GOOD, '/portaladmin/other');
    expect(describeProblem(error, base).body.error).toMatchObject({ code: 'portal_token_refused', message: 'Token Required' });
  });

  it('refused on community/self too (expired, or revoked by a restart): the session expired', async () => {
    const before = checks;
    const error = await call(REVOKED);
    expect(checks).toBe(before + 1);
    expect(error).toMatchObject({ tokenAcceptedElsewhere: false, isAuthError: true });
    expect(describeProblem(error, base)).toEqual({
      status: 401,
      body: { error: { code: 'session_expired', message: 'Your portal session expired; sign in again.' } },
    });
  });
});
