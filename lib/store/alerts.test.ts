import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../licensing/alert-rules';
import type { AlertMessage } from '../licensing/alert-payloads';
import { addAlertChannel, deleteAlertChannel, deliveryChannel, listAlertChannels, readAlertRules, saveAlertRule } from './alerts';
import { claimDue, listNotifications, queueNotifications, readFiring, recordAttempt, recordEvaluation } from './alerts-notifications';
import { secretBox } from './alerts-secret-box';
import type { Store } from './engine';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let first: Store;
let second: Store;
openStoresPerTest(2, ([a, b]) => {
  if (!a || !b) throw new Error('two stores were opened');
  [first, second] = [a, b];
});

const box = secretBox('a-session-secret-of-at-least-32-characters');
const MINUTE = 60_000;
const HOOK = 'https://hooks.example.com/services/very-secret-path';
const message = (title: string): AlertMessage => ({
  event: 'test',
  portal: portal.url,
  rule: null,
  key: null,
  level: null,
  from: null,
  title,
  detail: '',
  at: 0,
});
const webhook = {
  name: 'Ops',
  type: 'webhook' as const,
  format: 'slack' as const,
  recipients: [],
  secret: HOOK,
  masked: 'https://hooks.example.com/••••',
};

describe(`alert rules and channels (${TEST_ENGINE})`, () => {
  it('reads the defaults until a rule is saved, then the saved rule', async () => {
    expect(await readAlertRules(first, portal)).toEqual(DEFAULT_RULES);
    await saveAlertRule(first, portal, { kind: 'seats', enabled: false, settings: { percents: [80, 100] }, channelIds: [] }, 1);
    const rules = await readAlertRules(second, portal);
    expect(rules.find((r) => r.kind === 'seats')).toEqual({ kind: 'seats', enabled: false, settings: { percents: [80, 100] }, channelIds: [] });
    expect(rules.map((r) => r.kind)).toEqual(DEFAULT_RULES.map((r) => r.kind));
  });

  it('stores a channel secret sealed, lists it masked, opens it for a delivery, and adds the channel to every rule', async () => {
    const id = await addAlertChannel(first, portal, webhook, box, 5);
    const { rows } = await sql<{ secret: string }>`select secret from alert_channels`.execute(first.db);
    expect(rows[0]?.secret).not.toContain('very-secret-path');
    expect(await listAlertChannels(second, portal)).toEqual([
      { id, name: 'Ops', type: 'webhook', format: 'slack', recipients: [], masked: 'https://hooks.example.com/••••', createdAt: 5 },
    ]);
    expect(JSON.stringify(await listAlertChannels(second, portal))).not.toContain('very-secret-path');
    expect((await deliveryChannel(second, id, box))?.secret).toBe(HOOK);
    expect((await readAlertRules(first, portal)).every((r) => r.channelIds.includes(id))).toBe(true);

    expect(await deleteAlertChannel(first, portal, id, 6)).toBe(true);
    expect(await deleteAlertChannel(first, portal, id, 6)).toBe(false);
    expect((await readAlertRules(first, portal)).some((r) => r.channelIds.includes(id))).toBe(false);
    expect(await deliveryChannel(first, id, box)).toBeUndefined();
  });
});

describe(`alert conditions and deliveries (${TEST_ENGINE})`, () => {
  it('keeps what is firing between evaluations and queues the notifications due now', async () => {
    const channelId = await addAlertChannel(first, portal, webhook, box, 1);
    const condition = {
      key: 'expiry:userType:a',
      rule: 'expiry' as const,
      subject: 'userType:a',
      level: 'within-30',
      rank: 2,
      title: 'A',
      detail: '',
      since: 10,
      heard: [channelId],
    };
    const ids = await recordEvaluation(first, portal, 10, (firing) => {
      expect(firing).toEqual([]);
      return { firing: [condition], notifications: [{ channelId, channelName: 'Ops', message: message('A') }] };
    });
    expect(ids).toHaveLength(1);
    expect(await readFiring(second, portal)).toEqual([condition]);
    await recordEvaluation(second, portal, 20, (firing) => {
      expect(firing).toEqual([condition]);
      return { firing: [], notifications: [] };
    });
    expect(await readFiring(first, portal)).toEqual([]);
    expect((await listNotifications(first, portal, 10)).map((n) => [n.message.title, n.status])).toEqual([['A', 'pending']]);
  });

  it('lets one instance claim a due delivery, retries on the schedule for an hour, then fails for good', async () => {
    const channelId = await addAlertChannel(first, portal, webhook, box, 1);
    const [id] = await queueNotifications(first, portal, [{ channelId, channelName: 'Ops', message: message('T') }], 0);
    const [a, b] = await Promise.all([claimDue(first, 0, MINUTE, 10), claimDue(second, 0, MINUTE, 10)]);
    expect([...(a ?? []), ...(b ?? [])].map((d) => d.id)).toEqual([id]);
    expect(await claimDue(first, 30_000, MINUTE, 10)).toEqual([]);

    let at = 0;
    const expected = [1, 3, 7, 15, 31, 60];
    for (const minutes of expected) {
      const [due] = await claimDue(first, at + MINUTE, MINUTE, 10);
      if (!due) throw new Error(`nothing due at ${at}`);
      await recordAttempt(first, due, { ok: false, answer: 'HTTP 503', at });
      const [view] = await listNotifications(first, portal, 1);
      expect([view?.status, view?.nextAttemptAt]).toEqual(['retrying', minutes * MINUTE]);
      at = minutes * MINUTE;
    }
    const [last] = await claimDue(first, at, MINUTE, 10);
    if (!last) throw new Error('the last try was not due');
    await recordAttempt(first, last, { ok: false, answer: 'connection refused', at });
    const [view] = await listNotifications(first, portal, 1);
    expect(view).toMatchObject({ status: 'failed', attempts: 7, nextAttemptAt: null, answer: 'connection refused' });
    expect(await claimDue(first, 10 * 60 * MINUTE, MINUTE, 10)).toEqual([]);
  });

  it('records a delivery that got through as sent, with the answer', async () => {
    const channelId = await addAlertChannel(first, portal, webhook, box, 1);
    await queueNotifications(first, portal, [{ channelId, channelName: 'Ops', message: message('T') }], 0);
    const [due] = await claimDue(first, 0, MINUTE, 10);
    if (!due) throw new Error('not due');
    await recordAttempt(first, due, { ok: true, answer: 'HTTP 200', at: 5 });
    expect(await listNotifications(first, portal, 1)).toMatchObject([{ status: 'sent', attempts: 1, nextAttemptAt: null, answer: 'HTTP 200' }]);
  });
});
