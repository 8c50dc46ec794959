import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { readSelection } from './license-assignment-read';
import { MAX_IN_FLIGHT } from './member-inventory';
import { closeServer, listenOnLoopback } from './test-server';

// A bulk change's fresh read of its selection: 10,000 usernames on the 50,000-member demo, through a
// proxy that counts requests in flight (issue 13: at most 8), each member once, unknown ones named.

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const REFERER = 'http://dashboard.test/';
let emulator: RunningEmulator;
let proxy: Server;
let proxyUrl: string;
let inFlight = 0;
let peak = 0;
let requests = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, controlPort: 0 });
  const target = new URL(emulator.portalUrl).origin;
  proxy = createServer((req, res) => {
    inFlight += 1;
    requests += 1;
    peak = Math.max(peak, inFlight);
    void fetch(`${target}${req.url ?? '/'}`, { headers: { referer: req.headers.referer ?? '' } }).then(async (answer) => {
      const body = Buffer.from(await answer.arrayBuffer());
      inFlight -= 1;
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(body);
    });
  });
  proxyUrl = await listenOnLoopback(proxy);
});
afterAll(async () => {
  await closeServer(proxy);
  await emulator.close();
});

describe('readSelection', () => {
  it('reads 10,000 selected members of 50,000 and the Pro listing with at most 8 requests in flight', async () => {
    await fetch(`${emulator.controlUrl}/reset`, {
      method: 'POST',
      body: JSON.stringify({ scale: 'large' }),
      headers: { 'content-type': 'application/json' },
    });
    const body = new URLSearchParams({ ...DEMO_ADMIN, client: 'referer', referer: REFERER, f: 'json' });
    const { token } = (await (await fetch(`${emulator.portalUrl}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as { token: string };
    const usernames = [...Array.from({ length: 9_998 }, (_, i) => `member${String(i * 5 + 2).padStart(5, '0')}`), 'MEMBER00002', 'no-such-member'];
    const began = performance.now();
    const state = await readSelection({ portalUrl: `${proxyUrl}/portal`, token, referer: REFERER, timeoutMs: 30_000 }, usernames, [PRO]);
    const seconds = (performance.now() - began) / 1000;
    expect(state.members).toHaveLength(9_998);
    expect(state.unknown).toEqual(['no-such-member']);
    expect(state.listings.get(PRO)?.every((e) => usernames.includes(e.username))).toBe(true);
    expect(peak).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    expect(peak).toBeGreaterThan(1);
    console.info(`10,000 selected of 50,000: ${seconds.toFixed(1)} s, ${requests} requests, peak ${peak} in flight`);
  }, 180_000);
});
