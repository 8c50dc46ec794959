import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { closeServer, failure, listenOnLoopback } from './test-server';
import { arcgisRequest, arcgisRequestParsed } from './request';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
let lastSeen: Seen | undefined;
const TOKEN = 'secret-token-123';

function reply(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      lastSeen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      switch (path) {
        case '/ok':
          return reply(res, 200, 'application/json', '{"value":42,"extra":"kept"}');
        case '/sharing-error':
          return reply(res, 200, 'application/json', '{"error":{"code":498,"message":"Invalid token.","details":[]}}');
        case '/sharing-error-details':
          return reply(
            res,
            200,
            'application/json',
            '{"error":{"code":400,"message":"Unable to generate token.","details":["Invalid username or password."]}}',
          );
        case '/admin-error':
          return reply(res, 200, 'application/json', '{"status":"error","messages":["User jdoe does not exist."],"code":400}');
        case '/admin-error-no-code':
          return reply(res, 200, 'application/json', '{"status":"error","messages":["Something failed."]}');
        case '/admin-error-with-null-details':
          return reply(res, 200, 'application/json', '{"error":{"code":499,"message":"Token Required","details":null}}');
        case '/echo-token-error':
          return reply(res, 200, 'application/json', `{"error":{"code":400,"message":"bad token ${TOKEN}"}}`);
        case '/web-adaptor-502':
          return reply(res, 502, 'text/html', '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
        case '/html-200':
          return reply(res, 200, 'text/html', '<html><head><title>Sign In</title></head></html>');
        case '/redirect':
          return reply(res, 302, 'text/html', '', { Location: `https://elsewhere.example/portal?token=${TOKEN}` });
        case '/slow':
          setTimeout(() => reply(res, 200, 'application/json', '{}'), 2_000);
          return;
        default:
          return reply(res, 404, 'text/html', 'not found');
      }
    });
  });
  base = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

describe('arcgisRequest', () => {
  it('sends f=json and a GET token in the query, with the Referer', async () => {
    await arcgisRequest(`${base}/ok`, { token: TOKEN, referer: 'https://dash.example/', params: { num: 5, ids: ['a', 'b'] } });
    const url = new URL(lastSeen?.url ?? '', 'http://x');
    expect(lastSeen?.method).toBe('GET');
    expect(url.searchParams.get('f')).toBe('json');
    expect(url.searchParams.get('token')).toBe(TOKEN);
    expect(url.searchParams.get('ids')).toBe('a,b');
    expect(lastSeen?.headers.referer).toBe('https://dash.example/');
  });

  it('sends a POST token in the body, never in the query', async () => {
    await arcgisRequest(`${base}/ok`, { method: 'POST', token: TOKEN, params: { info: { hostname: 'a', port: 27000 } } });
    expect(lastSeen?.method).toBe('POST');
    expect(lastSeen?.url).toBe('/ok');
    const body = new URLSearchParams(lastSeen?.body);
    expect(body.get('token')).toBe(TOKEN);
    expect(body.get('f')).toBe('json');
    expect(body.get('info')).toBe('{"hostname":"a","port":27000}');
  });

  it('sends multipart when a file is attached', async () => {
    await arcgisRequest(`${base}/ok`, {
      token: TOKEN,
      params: { overwrite: false },
      files: { licenseFile: new File(['LICENSE BYTES'], 'server.prvc') },
    });
    expect(lastSeen?.method).toBe('POST');
    expect(lastSeen?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(lastSeen?.body).toContain('name="licenseFile"; filename="server.prvc"');
    expect(lastSeen?.body).toContain('LICENSE BYTES');
    expect(lastSeen?.body).toContain(TOKEN);
    expect(lastSeen?.url).toBe('/ok');
  });

  it('returns the parsed JSON of a success', async () => {
    expect(await arcgisRequest(`${base}/ok`)).toEqual({ value: 42, extra: 'kept' });
  });

  it('turns the sharing error shape into a portal error with its code', async () => {
    const error = await failure(arcgisRequest(`${base}/sharing-error`, { token: TOKEN }));
    expect(error).toMatchObject({ kind: 'portal', code: 498, messages: ['Invalid token.'] });
    expect(error.isAuthError).toBe(true);
    expect(error.url).not.toContain(TOKEN);
  });

  it('keeps the details of a sharing error', async () => {
    const error = await failure(arcgisRequest(`${base}/sharing-error-details`));
    expect(error.messages).toEqual(['Unable to generate token.', 'Invalid username or password.']);
    expect(error.isAuthError).toBe(false);
  });

  it('turns the admin error shape into a portal error, with or without a code', async () => {
    const withCode = await failure(arcgisRequest(`${base}/admin-error`));
    expect(withCode).toMatchObject({ kind: 'portal', code: 400, messages: ['User jdoe does not exist.'] });
    const withoutCode = await failure(arcgisRequest(`${base}/admin-error-no-code`));
    expect(withoutCode).toMatchObject({ kind: 'portal', code: undefined, messages: ['Something failed.'] });
    const nullDetails = await failure(arcgisRequest(`${base}/admin-error-with-null-details`));
    expect(nullDetails).toMatchObject({ code: 499, messages: ['Token Required'] });
    expect(nullDetails.isAuthError).toBe(true);
  });

  it('redacts the token from messages the portal echoes', async () => {
    const error = await failure(arcgisRequest(`${base}/echo-token-error`, { token: TOKEN }));
    expect(error.messages).toEqual(['bad token [redacted]']);
  });

  it('turns a web adaptor HTML error page into an http error naming the status', async () => {
    const error = await failure(arcgisRequest(`${base}/web-adaptor-502`, { token: TOKEN }));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 502, messages: ['HTTP 502 Bad Gateway: 502 Bad Gateway'] });
  });

  it('turns a 200 that is not JSON into an invalid response', async () => {
    const error = await failure(arcgisRequest(`${base}/html-200`));
    expect(error.kind).toBe('invalid-response');
    expect(error.messages[0]).toContain('text/html');
  });

  it('reports a redirect instead of following it with the token', async () => {
    const error = await failure(arcgisRequest(`${base}/redirect`, { method: 'POST', token: TOKEN }));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 302 });
    expect(error.messages[0]).toContain('elsewhere.example');
    expect(error.messages[0]).not.toContain(TOKEN);
  });

  it('times out', async () => {
    const error = await failure(arcgisRequest(`${base}/slow`, { timeoutMs: 200 }));
    expect(error).toMatchObject({ kind: 'unreachable', unreachableCause: 'timed-out' });
  });

  it('names a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(arcgisRequest(`http://127.0.0.1:${port}/portal`, { token: TOKEN }));
    expect(error).toMatchObject({ kind: 'unreachable', unreachableCause: 'connection-refused' });
    expect(error.url).not.toContain(TOKEN);
  });

  it('names a host that does not resolve', async () => {
    const error = await failure(arcgisRequest('http://no-such-host.invalid/portal'));
    expect(error).toMatchObject({ kind: 'unreachable', unreachableCause: 'name-not-found' });
  });
});

describe('arcgisRequestParsed', () => {
  it('names the field that does not match the schema', async () => {
    const error = await failure(arcgisRequestParsed(`${base}/ok`, z.looseObject({ value: z.string() })));
    expect(error).toMatchObject({ kind: 'invalid-response', field: 'value' });
  });
});
