import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importServerLicenses } from './server-admin';
import { closeServer, failure, listenOnLoopback } from './test-server';

// importServerLicenses against a server that answers each way issue 11 names: done only on
// {"status":"success"}; anything else is a failure in the server's own words.
const ANSWERS: Record<string, unknown> = {
  success: { status: 'success' },
  failed: { status: 'failed', messages: ['The authorization file is for another product.', 'Nothing was imported.'] },
  bare: { status: 'failed' },
  empty: {},
  'python-style': { success: true },
  'admin-error': { status: 'error', messages: ['Unable to import the server authorization file.'], code: 400 },
};
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const context = (req.url ?? '/').split('/')[1] ?? '';
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(ANSWERS[context] ?? {}));
    });
  });
  baseUrl = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

const connection = (answer: string) => ({ portalUrl: `${baseUrl}/${answer}`, token: 't0k3n', referer: 'http://dashboard', timeoutMs: 5000 });
const file = () => new File(['{}'], 'server.prvc');

describe('importServerLicenses', () => {
  it('is done on {"status":"success"}', async () => {
    await expect(importServerLicenses(connection('success'), file(), false)).resolves.toBeUndefined();
  });

  it('{"status":"failed"} is a failure carrying the server’s messages', async () => {
    const error = await failure(importServerLicenses(connection('failed'), file(), true));
    expect(error.kind).toBe('portal');
    expect(error.messages).toEqual(['The authorization file is for another product.', 'Nothing was imported.']);
    expect(error.url).toBe(`${baseUrl}/failed/admin/system/licenses/importServerLicenses`);
  });

  it('an answer without success or messages says what came back', async () => {
    expect((await failure(importServerLicenses(connection('bare'), file(), false))).messages).toEqual([
      'The portal did not confirm the change: it answered with "status":"failed" rather than "status":"success".',
    ]);
    expect((await failure(importServerLicenses(connection('empty'), file(), false))).messages).toEqual([
      'The portal did not confirm the change: it answered with no status rather than "status":"success".',
    ]);
    // Not the documented answer of this operation: not taken for success either.
    expect((await failure(importServerLicenses(connection('python-style'), file(), false))).kind).toBe('portal');
  });

  it('an admin error body stays the server’s refusal', async () => {
    const error = await failure(importServerLicenses(connection('admin-error'), file(), false));
    expect(error).toMatchObject({ kind: 'portal', code: 400, messages: ['Unable to import the server authorization file.'] });
  });
});
