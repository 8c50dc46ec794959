import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN } from '../../emulator/seed';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { closeServer, failure, listenOnLoopback } from './test-server';
import { MAX_IN_FLIGHT, readMemberInventory, type InventoryProgress } from './member-inventory';

// The members inventory read against the demo portal, through a proxy that counts the requests in
// flight: every member (past the search window on the 50,000-member profile), every listing entry.

const PRO = 'd4a332a0be784dd2be53cec0a35e0859';
const DRONE2MAP = '0b0e0497ace34206a67413d051530ded';
const REFERER = 'http://dashboard.test/';

let emulator: RunningEmulator;
let proxy: Server;
let proxyUrl: string;
let inFlight = 0;
let peak = 0;
let requests = 0;

/** Forwards to the emulator, counting requests in flight (the bound issue 13 sets is 8). */
async function startCountingProxy(target: string): Promise<void> {
  proxy = createServer((req, res) => {
    inFlight += 1;
    requests += 1;
    peak = Math.max(peak, inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const init: RequestInit = {
        method: req.method ?? 'GET',
        headers: { 'content-type': req.headers['content-type'] ?? '', referer: req.headers.referer ?? '' },
      };
      if (req.method === 'POST') init.body = Buffer.concat(chunks);
      void fetch(`${target}${req.url ?? '/'}`, init).then(async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        inFlight -= 1;
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(body);
      });
    });
  });
  proxyUrl = await listenOnLoopback(proxy);
}

async function connection(scale: 'demo' | 'large') {
  await fetch(`${emulator.controlUrl}/reset`, { method: 'POST', body: JSON.stringify({ scale }), headers: { 'content-type': 'application/json' } });
  const body = new URLSearchParams({ ...DEMO_ADMIN, client: 'referer', referer: REFERER, f: 'json' });
  const { token } = (await (await fetch(`${emulator.portalUrl}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as { token: string };
  const state = (await (await fetch(`${emulator.controlUrl}/state`)).json()) as { deployments: { context: string; members: number }[] };
  peak = 0;
  requests = 0;
  return {
    connection: { portalUrl: `${proxyUrl}/portal`, token, referer: REFERER, timeoutMs: 30_000 },
    members: state.deployments.find((d) => d.context === '/portal')?.members ?? 0,
  };
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, controlPort: 0 });
  await startCountingProxy(new URL(emulator.portalUrl).origin);
});
afterAll(async () => {
  await closeServer(proxy);
  await emulator.close();
});

describe('readMemberInventory', () => {
  it('reads every member of the demo with the inventory fields, and each listing, reporting progress', async () => {
    const { connection: c, members } = await connection('demo');
    const seen: InventoryProgress[] = [];
    const inventory = await readMemberInventory(c, { listingItemIds: [PRO, DRONE2MAP], onProgress: (p) => seen.push(p) });
    expect(inventory.members).toHaveLength(members);
    expect(inventory.unreached).toBe(0);
    expect(inventory.members.find((m) => m.username === 'admin')).toMatchObject({
      role: 'org_admin',
      userLicenseTypeId: 'creatorUT',
      disabled: false,
    });
    expect(inventory.listings.get(PRO)?.some((e) => e.disconnected === true)).toBe(true);
    expect(seen.at(-1)).toEqual({ membersRead: members, membersTotal: members, listingsRead: 2, listingsTotal: 2 });
    expect(peak).toBeLessThanOrEqual(MAX_IN_FLIGHT);
  });

  it('reads all 50,000 members of the large profile past the 10,000 window, each once, never more than 8 requests in flight', async () => {
    const { connection: c, members } = await connection('large');
    await fetch(`${emulator.controlUrl}/latency`, {
      method: 'POST',
      body: JSON.stringify({ ms: 50 }),
      headers: { 'content-type': 'application/json' },
    });
    const started = performance.now();
    const inventory = await readMemberInventory(c, { listingItemIds: [PRO, DRONE2MAP] });
    const seconds = (performance.now() - started) / 1_000;
    await fetch(`${emulator.controlUrl}/latency`, {
      method: 'POST',
      body: JSON.stringify({ ms: 0 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(members).toBe(50_000);
    expect(inventory.members).toHaveLength(50_000);
    expect(new Set(inventory.members.map((m) => m.username)).size).toBe(50_000);
    expect(inventory.listings.get(PRO)?.length).toBeGreaterThan(10_000);
    expect(peak).toBeLessThanOrEqual(MAX_IN_FLIGHT);
    console.info(`50,000 members + 2 listings: ${seconds.toFixed(1)} s, ${requests} requests, peak ${peak} in flight (50 ms latency)`);
  }, 180_000);
});

describe('readMemberInventory on portals that cannot be split', () => {
  /** A portal whose users/search answers `body` to every query. */
  async function portalAnswering(body: unknown) {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    const url = await listenOnLoopback(server);
    return { server, connection: { portalUrl: url, token: 't', referer: REFERER, timeoutMs: 5_000 } };
  }

  it('an organization without members is an empty inventory', async () => {
    const { server, connection: c } = await portalAnswering({ total: 0, start: 1, num: 1, nextStart: -1, results: [] });
    const inventory = await readMemberInventory(c, { listingItemIds: [] });
    await closeServer(server);
    expect(inventory).toEqual({ members: [], listings: new Map(), unreached: 0 });
  });

  it('members without a creation time fail the read as an unusable answer, naming the field', async () => {
    const { server, connection: c } = await portalAnswering({ total: 10_000, start: 1, num: 1, nextStart: 2, results: [{ username: 'a' }] });
    const error = await failure(readMemberInventory(c, { listingItemIds: [] }));
    await closeServer(server);
    expect(error.kind).toBe('invalid-response');
    expect(error.field).toBe('results[0].created');
  });
});
