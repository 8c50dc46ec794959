import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpdateLicenseManagerResponseSchema } from '../schemas/license-operations';
import { OperationAnswerSchema } from '../schemas/operation-status';
import { portalOperation } from './operation';
import { closeServer, failure, listenOnLoopback } from './test-server';

// A portal that answers each operation path with the body named after it.
const ANSWERS: Record<string, unknown> = {
  '/portal/done': { status: 'success', recheckAfterSeconds: 20 },
  '/portal/failed': { status: 'failed', messages: ['Unable to release the license.'] },
  '/portal/silent': {},
};
let server: Server;
let portalUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ANSWERS[new URL(req.url ?? '/', 'http://x').pathname] ?? {}));
  });
  portalUrl = `${await listenOnLoopback(server)}/portal`;
});

afterAll(() => closeServer(server));

const connection = () => ({ portalUrl, token: 'secret-token', referer: 'http://dash/', timeoutMs: 5_000 });

describe('portalOperation', () => {
  it('resolves with the answer when it says "status":"success"', async () => {
    expect(await portalOperation(connection(), '/done', UpdateLicenseManagerResponseSchema, { method: 'POST' })).toMatchObject({
      recheckAfterSeconds: 20,
    });
  });

  it('throws a portal error with the portal’s messages on "status":"failed" (a refusal, not a bad shape)', async () => {
    const error = await failure(portalOperation(connection(), '/failed', OperationAnswerSchema, { method: 'POST' }));
    expect(error.kind).toBe('portal');
    expect(error.messages).toEqual(['Unable to release the license.']);
    expect(error.url).toBe(`${portalUrl}/failed`);
    expect(error.url).not.toContain('secret-token');
  });

  it('throws when the answer does not say success at all', async () => {
    const error = await failure(portalOperation(connection(), '/silent', OperationAnswerSchema, { method: 'POST' }));
    expect(error.kind).toBe('portal');
    expect(error.messages[0]).toContain('did not confirm');
  });
});
