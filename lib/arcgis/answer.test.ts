import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '../http/problem';
import { arcgisRequest } from './request';
import { closeServer, failure, listenOnLoopback } from './test-server';

// Answers that are not the portal's JSON, as a web adaptor, a proxy or a restarting portal sends
// them with HTTP 200, and what the admin is told about each.

const PORTAL = 'https://gis.example.com/portal';
const TOKEN = 'secret-token-123';

// The web adaptor's page while no portal machine answers behind it (after a License Manager update).
const WEB_ADAPTOR_PAGE =
  '<!DOCTYPE html><html><head><style>body{font:12px}</style><script>var t=1;</script></head><body><h1>Could not access any Portal machines.</h1><p>Please contact your system administrator.</p></body></html>';
const PROXY_LOGIN = '<html><head><title>Sign in &ndash; Example Corp Access</title></head><body><form>…</form></body></html>';
const LONG_TEXT = `Service Unavailable ${'the portal is restarting '.repeat(20)}`;

const ANSWERS: Record<string, [type: string | undefined, body: string]> = {
  '/web-adaptor': ['text/html; charset=utf-8', WEB_ADAPTOR_PAGE],
  '/proxy-login': ['text/html', PROXY_LOGIN],
  '/empty': ['application/json', ''],
  '/empty-untyped': [undefined, ''],
  '/plain': ['text/plain', `Portal is starting up. token=${TOKEN}`],
  '/long': ['text/plain', LONG_TEXT],
  '/broken-json': ['application/json', '{"userTypes":[{"id":"creat'],
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const [type, body] = ANSWERS[new URL(req.url ?? '/', 'http://x').pathname] ?? ['text/plain', 'no such answer'];
    res.writeHead(200, type ? { 'Content-Type': type } : {});
    res.end(body);
  });
  base = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

async function problemOf(path: string) {
  const error = await failure(arcgisRequest(`${base}${path}`, { token: TOKEN }));
  return { error, problem: describeProblem(error, PORTAL) };
}

describe('an answer that is not JSON', () => {
  it('from the web adaptor during a restart: not answering, in the page’s own words, without the version hint', async () => {
    const { error, problem } = await problemOf('/web-adaptor');
    expect(error).toMatchObject({ kind: 'invalid-response', httpStatus: 200 });
    expect(error.page).toEqual({
      contentType: 'text/html; charset=utf-8',
      words: 'Could not access any Portal machines. Please contact your system administrator.',
    });
    expect(problem.status).toBe(503);
    expect(problem.body.error).toEqual({
      code: 'portal_not_answering',
      message: `The portal at ${PORTAL} is not answering through its web adaptor: it sent a page saying "Could not access any Portal machines. Please contact your system administrator." instead of its JSON.`,
      hint: expect.stringContaining('restarting'),
    });
    expect(problem.body.error.hint).not.toContain('version');
  });

  it('from a proxy’s sign-in page: its title, entities decoded', async () => {
    const { problem } = await problemOf('/proxy-login');
    expect(problem.body.error.code).toBe('portal_not_answering');
    expect(problem.body.error.message).toContain('a page saying "Sign in – Example Corp Access"');
    expect(problem.body.error.hint).toContain('sign-in page');
  });

  it('empty, with or without a JSON content type', async () => {
    for (const path of ['/empty', '/empty-untyped']) {
      const { error, problem } = await problemOf(path);
      expect(error.page?.words, path).toBe('');
      expect(problem.body.error.code, path).toBe('portal_not_answering');
      expect(problem.body.error.message, path).toContain('it sent an empty answer instead of its JSON');
    }
  });

  it('plain text: as it came, without the token', async () => {
    const { error, problem } = await problemOf('/plain');
    expect(problem.body.error.message).toContain('it sent text saying "Portal is starting up. token=[redacted]"');
    expect(JSON.stringify([error.messages, error.page, problem])).not.toContain(TOKEN);
  });

  it('long text without a title: its first 200 characters', async () => {
    const { error } = await problemOf('/long');
    expect(error.page?.words.length).toBeLessThanOrEqual(200);
    expect(error.page?.words.length).toBeGreaterThan(190);
    expect(error.page?.words.startsWith('Service Unavailable the portal is restarting')).toBe(true);
    expect(error.page?.words.endsWith('…')).toBe(true);
  });

  it('broken JSON: a bad answer from the portal itself, without the version hint', async () => {
    const { error, problem } = await problemOf('/broken-json');
    expect(error.page).toBeUndefined();
    expect(problem.status).toBe(502);
    expect(problem.body.error.code).toBe('portal_bad_response');
    expect(problem.body.error.message).toContain('not valid JSON');
    expect(problem.body.error.hint).not.toContain('version');
  });
});
