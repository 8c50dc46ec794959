import { createServer, type IncomingMessage, type Server } from 'node:http';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, failure, listenOnLoopback } from './test-server';
import { arcgisRequest } from './request';
import { MAX_RESPONSE_BYTES } from './transport';

// The transport as arcgisRequest uses it, against a real server: decompression, size limits,
// timeouts, redirects, dropped connections, keep-alive and the multipart body.

const JSON_BODY = '{"value":42}';
const encoders = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
const hits = new Map<string, number>();
const sockets = new Set<unknown>();
let lastHeaders: IncomingMessage['headers'] = {};
let server: Server;
let base: string;
let oversized: Buffer;
let bomb: Buffer;

beforeAll(async () => {
  oversized = Buffer.alloc(MAX_RESPONSE_BYTES + 1024, 0x20);
  bomb = gzipSync(oversized, { level: constants.Z_BEST_SPEED });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    sockets.add(req.socket);
    lastHeaders = req.headers;
    req.resume();
    const encoding = /^\/encoded\/(gzip|deflate|br)$/.exec(path)?.[1] as keyof typeof encoders | undefined;
    if (encoding) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': encoding });
      res.end(encoders[encoding](JSON_BODY));
      return;
    }
    switch (path) {
      case '/gzip-502':
        res.writeHead(502, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
        return res.end(gzipSync('<html><head><title>Proxy Error</title></head></html>'));
      case '/gzip-admin-error-500':
        res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        return res.end(gzipSync('{"status":"error","messages":["Internal failure."],"code":500}'));
      case '/too-large':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(oversized);
      case '/gzip-bomb':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        return res.end(bomb);
      case '/stalled-body':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"value":');
        return;
      case '/moved':
        res.writeHead(301, { Location: `${base}/target` });
        return res.end();
      case '/dropped':
        req.socket.destroy();
        return;
      case '/echo-upload':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON_BODY);
      default:
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON_BODY);
    }
  });
  base = await listenOnLoopback(server);
});

afterAll(() => closeServer(server));

describe('the portal transport', () => {
  it.each(['gzip', 'deflate', 'br'])('decodes a %s answer', async (encoding) => {
    expect(await arcgisRequest(`${base}/encoded/${encoding}`)).toEqual({ value: 42 });
  });

  it('decodes compressed error answers too', async () => {
    const page = await failure(arcgisRequest(`${base}/gzip-502`));
    expect(page).toMatchObject({ kind: 'http', httpStatus: 502, messages: ['HTTP 502 Bad Gateway: Proxy Error'] });
    const body = await failure(arcgisRequest(`${base}/gzip-admin-error-500`));
    expect(body).toMatchObject({ kind: 'portal', code: 500, httpStatus: 500, messages: ['Internal failure.'] });
  });

  it('refuses an answer over the size limit, as sent or once decompressed', async () => {
    for (const path of ['/too-large', '/gzip-bomb']) {
      const error = await failure(arcgisRequest(`${base}${path}`));
      expect(error).toMatchObject({ kind: 'invalid-response', messages: ['The answer is larger than 64 MB.'] });
    }
    // 64 MB each way takes a while on a busy machine.
  }, 60_000);

  it('times out when the body stops arriving', async () => {
    const error = await failure(arcgisRequest(`${base}/stalled-body`, { timeoutMs: 300 }));
    expect(error).toMatchObject({ kind: 'unreachable', unreachableCause: 'timed-out' });
  });

  it('reports a GET redirect without following it', async () => {
    const error = await failure(arcgisRequest(`${base}/moved`, { token: 'secret' }));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 301 });
    expect(error.messages[0]).toContain('/target');
    expect(hits.get('/target')).toBeUndefined();
  });

  it('names a connection dropped without an answer', async () => {
    const error = await failure(arcgisRequest(`${base}/dropped`, { method: 'POST' }));
    expect(error).toMatchObject({ kind: 'unreachable', unreachableCause: 'connection-reset' });
  });

  it('keeps the connection open between calls', async () => {
    const before = sockets.size;
    for (let i = 0; i < 5; i += 1) {
      await arcgisRequest(`${base}/call-${i}`);
      // undici frees the connection just after the body ends; the next call comes later in practice.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(sockets.size - before).toBeLessThanOrEqual(1);
  });

  it('sends a file with its length rather than chunked', async () => {
    const file = new File(['{"license":true}'], 'license.json', { type: 'application/json' });
    await arcgisRequest(`${base}/echo-upload`, { files: { file } });
    expect(lastHeaders['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(lastHeaders['content-length'])).toBeGreaterThan(file.size);
    expect(lastHeaders['transfer-encoding']).toBeUndefined();
  });
});
