import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FederatedServer } from '../schemas/server-licenses';
import { readFederatedServerLicenses } from './federation';
import { closeServer, listenOnLoopback } from './test-server';

// A portal that will not exchange its token for a server token, and a federated server that trusts
// the portal's own tokens (or, for the second case, none): what issue 15's fallback must do.

const PORTAL_TOKEN = 'portal-token';
let server: Server;
let base: string;
let serverAccepts = true;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/portal/sharing/rest/generateToken') {
        res.end(JSON.stringify({ error: { code: 400, message: 'Unable to generate token.', details: ['serverUrl is not a federated server.'] } }));
        return;
      }
      const token = url.searchParams.get('token');
      res.end(
        JSON.stringify(
          serverAccepts && token === PORTAL_TOKEN
            ? { edition: { name: 'Advanced' }, features: [], extensions: [] }
            : { error: { code: 498, message: 'Invalid token.', details: [] } },
        ),
      );
    });
  });
  base = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

const federated = (): FederatedServer => ({ id: 's1', url: `${base}/server`, adminUrl: `${base}/server` });
const connection = () => ({ portalUrl: `${base}/portal`, token: PORTAL_TOKEN, referer: 'http://dashboard.test/', timeoutMs: 5_000 });

describe('readFederatedServerLicenses', () => {
  it('falls back to the portal token when the portal will not exchange it', async () => {
    serverAccepts = true;
    const reading = await readFederatedServerLicenses(connection(), federated());
    expect(reading.ok).toBe(true);
  });

  it('names both refusals when the server will not take the portal token either', async () => {
    serverAccepts = false;
    const reading = await readFederatedServerLicenses(connection(), federated());
    expect(reading).toEqual({
      ok: false,
      reason:
        "The portal would not issue a token for this server (Unable to generate token. serverUrl is not a federated server.), and the server refused the portal's own: The server refused the token: Invalid token.",
    });
  });
});
