import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LicenseSnapshot } from '../../licensing/snapshot';
import { addAlertChannel, readAlertRules, saveAlertRule } from '../../store/alerts';
import { listNotifications, readFiring } from '../../store/alerts-notifications';
import { secretBox } from '../../store/alerts-secret-box';
import { openStore, type Store } from '../../store/engine';
import { emptyDatabase, type EmptyDatabase } from '../../store/test-store';
import { deliverDue, type DeliveryDeps } from './deliver';
import { evaluateAndQueue } from './evaluate';
import { startHttpReceiver, type HttpReceiver } from './test-receivers';

// Evaluation, queueing and delivery together, on a real embedded store and a local HTTP receiver.

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 6);
const portal = { url: 'https://gis.example.com/portal', orgId: '' };
const box = secretBox('a-session-secret-of-at-least-32-characters');

let database: EmptyDatabase;
let store: Store;
let receiver: HttpReceiver;
let clock = NOW;
beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
  receiver = await startHttpReceiver();
  clock = NOW;
});
afterEach(async () => {
  await receiver.close();
  await store.close();
  await database.drop();
});

const deps = (): DeliveryDeps => ({ store, box, smtp: {}, now: () => clock });

function snapshot(expiresInDays: number): LicenseSnapshot {
  return {
    portal,
    takenAt: clock,
    source: 'collector',
    members: { inUse: 70, limit: 1_400 },
    entitlements: [
      { kind: 'userType', id: 'creatorUT', seatsPurchased: 100, seatsAssigned: 10, expiresAt: Date.UTC(2026, 11, 1) + expiresInDays * DAY },
    ],
    serverExpirations: [],
  };
}

async function check(expiresInDays: number) {
  const ids = await evaluateAndQueue(store, portal, { snapshot: snapshot(expiresInDays), now: clock });
  return deliverDue(deps(), ids);
}

describe('evaluateAndQueue and deliverDue', () => {
  it('announces an expiry once, nothing while unchanged, again when it escalates, once when it clears', async () => {
    await addAlertChannel(
      store,
      portal,
      { name: 'Hook', type: 'webhook', format: 'plain', recipients: [], secret: `${receiver.url}/hook`, masked: '' },
      box,
      NOW,
    );
    expect(await check(25)).toEqual([{ id: expect.any(Number), ok: true, answer: 'HTTP 200 OK: ok' }]);
    expect(await check(25)).toEqual([]);
    expect(await check(24)).toEqual([]);
    expect(await check(6)).toHaveLength(1);
    expect(await check(400)).toHaveLength(1);
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as { event: string; level: string });
    expect(bodies.map((b) => `${b.event} ${b.level}`)).toEqual(['start within-30', 'escalate within-7', 'clear within-7']);
    expect(await readFiring(store, portal)).toEqual([]);
  });

  it('retries a failed delivery on the schedule until the receiver answers, and shows its answer meanwhile', async () => {
    await addAlertChannel(
      store,
      portal,
      { name: 'Hook', type: 'webhook', format: 'plain', recipients: [], secret: receiver.url, masked: '' },
      box,
      NOW,
    );
    receiver.answer = (res) => res.writeHead(500).end('down for maintenance');
    expect(await check(5)).toEqual([{ id: expect.any(Number), ok: false, answer: 'HTTP 500 Internal Server Error: down for maintenance' }]);
    expect((await listNotifications(store, portal, 5))[0]).toMatchObject({ status: 'retrying', nextAttemptAt: clock + 60_000 });
    expect(await deliverDue(deps())).toEqual([]);
    receiver.answer = (res) => res.end('ok');
    clock += 60_000;
    expect(await deliverDue(deps())).toEqual([{ id: expect.any(Number), ok: true, answer: 'HTTP 200 OK: ok' }]);
    expect((await listNotifications(store, portal, 5))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(receiver.received).toHaveLength(2);
  });

  it('drops the conditions of a rule turned off, without a notification', async () => {
    await addAlertChannel(
      store,
      portal,
      { name: 'Hook', type: 'webhook', format: 'plain', recipients: [], secret: receiver.url, masked: '' },
      box,
      NOW,
    );
    await check(5);
    const expiry = (await readAlertRules(store, portal)).find((r) => r.kind === 'expiry');
    if (!expiry) throw new Error('no expiry rule');
    await saveAlertRule(store, portal, { ...expiry, enabled: false }, clock);
    expect(await check(5)).toEqual([]);
    expect(await readFiring(store, portal)).toEqual([]);
    expect(receiver.received).toHaveLength(1);
  });

  it('records what fires before any channel exists, and announces it once to the first channel added (the demo: collector first, channels later)', async () => {
    expect(await check(5)).toEqual([]);
    expect((await readFiring(store, portal)).map((c) => c.level)).toEqual(['within-7']);
    await addAlertChannel(
      store,
      portal,
      { name: 'Hook', type: 'webhook', format: 'plain', recipients: [], secret: receiver.url, masked: '' },
      box,
      NOW,
    );
    expect(await check(5)).toHaveLength(1);
    expect(await check(5)).toEqual([]);
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { event: string }).event)).toEqual(['start']);
  });
});
