import 'server-only';
import { z } from 'zod';
import { ALERT_RULE_KINDS } from '../licensing/alert-rules';
import { AlertMessageSchema, DELIVERY_STATUSES, type AlertMessage } from '../licensing/alert-payloads';
import { nextAttemptAt } from '../licensing/alert-retry';
import type { FiringCondition } from '../licensing/alert-transitions';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';

// What is firing, and the notifications each evaluation queues, per channel, with their delivery
// state: pending (due now), retrying (failed, due again at next_attempt_at), sent, failed (given up
// after the hour of retries). Durable, so a restart neither loses a retry nor sends a notification twice.

/** One notification to queue for one channel. */
export interface NewNotification {
  channelId: number;
  channelName: string;
  message: AlertMessage;
}

/** A queued or sent notification as the page lists it. Times epoch ms. */
export interface NotificationView {
  id: number;
  channelName: string;
  message: AlertMessage;
  createdAt: number;
  status: (typeof DELIVERY_STATUSES)[number];
  attempts: number;
  lastAttemptAt: number | null;
  nextAttemptAt: number | null;
  /** The channel's answer to the last attempt. */
  answer: string | null;
}

/** A notification whose delivery is due, claimed by one instance. */
export interface DueNotification {
  id: number;
  channelId: number | null;
  message: AlertMessage;
  attempts: number;
  firstAttemptAt: number | null;
}

const StoredCondition = z.object({
  key: z.string(),
  rule: z.enum(ALERT_RULE_KINDS),
  subject: z.string(),
  level: z.string(),
  rank: z.number(),
  title: z.string(),
  detail: z.string(),
  since: z.number(),
  heard: z.string().transform((text) => z.array(z.number()).parse(JSON.parse(text))),
});
const StoredMessage = z.string().transform((text) => AlertMessageSchema.parse(JSON.parse(text)));
const StoredStatus = z.enum(DELIVERY_STATUSES);

/** What is firing for the portal now. */
export async function readFiring(store: Store, portal: PortalRef): Promise<FiringCondition[]> {
  return guarded(async () => {
    const rows = await store.db
      .selectFrom('alertConditions')
      .select(['key', 'rule', 'subject', 'level', 'rank', 'title', 'detail', 'since', 'heard'])
      .where('portalId', '=', await portalId(store, portal))
      .orderBy('since')
      .orderBy('key')
      .execute();
    return rows.map((row) => StoredCondition.parse(row));
  });
}

/**
 * One evaluation, in one transaction that first locks the portal's row (so the collector and a
 * "Check now" on another instance take turns, and each sees the other's firing set): `evaluate`
 * gets what was firing and returns what fires now and the notifications to queue (due at `now`).
 * Returns the queued notifications' ids.
 */
export async function recordEvaluation(
  store: Store,
  portal: PortalRef,
  now: number,
  evaluate: (firing: FiringCondition[]) => { firing: FiringCondition[]; notifications: NewNotification[] },
): Promise<number[]> {
  return guarded(async () => {
    const owner = await portalId(store, portal);
    return store.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('portals')
        .set((eb) => ({ url: eb.ref('url') }))
        .where('id', '=', owner)
        .execute();
      const rows = await tx.selectFrom('alertConditions').selectAll().where('portalId', '=', owner).execute();
      const result = evaluate(rows.map((row) => StoredCondition.parse(row)));
      await tx.deleteFrom('alertConditions').where('portalId', '=', owner).execute();
      if (result.firing.length > 0)
        await tx
          .insertInto('alertConditions')
          .values(result.firing.map((c) => ({ portalId: owner, ...c, heard: JSON.stringify(c.heard) })))
          .execute();
      return queue(tx, owner, result.notifications, now);
    });
  });
}

async function queue(db: Store['db'], owner: number, notifications: readonly NewNotification[], now: number): Promise<number[]> {
  if (notifications.length === 0) return [];
  const rows = await db
    .insertInto('alertNotifications')
    .values(
      notifications.map((n) => ({
        portalId: owner,
        channelId: n.channelId,
        channelName: n.channelName,
        message: JSON.stringify(n.message),
        createdAt: now,
        status: 'pending',
        nextAttemptAt: now,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Queues notifications outside an evaluation (a "Send test"); returns their ids. */
export async function queueNotifications(store: Store, portal: PortalRef, notifications: readonly NewNotification[], now: number): Promise<number[]> {
  return guarded(async () => queue(store.db, await portalId(store, portal), notifications, now));
}

/**
 * Claims up to `limit` notifications due at `now` (of any portal, or only `ids`): each claimed one is
 * pushed `leaseMs` ahead first, with a check that nobody moved it meanwhile, so two instances never
 * send the same attempt. An instance that dies mid-send leaves it due again after the lease.
 */
export async function claimDue(store: Store, now: number, leaseMs: number, limit: number, ids?: readonly number[]): Promise<DueNotification[]> {
  return guarded(async () => {
    let query = store.db
      .selectFrom('alertNotifications')
      .select(['id', 'channelId', 'message', 'attempts', 'firstAttemptAt', 'nextAttemptAt'])
      .where('nextAttemptAt', '<=', now)
      .orderBy('nextAttemptAt')
      .limit(limit);
    if (ids) query = ids.length > 0 ? query.where('id', 'in', ids) : query.where(({ lit }) => lit(false));
    const claimed: DueNotification[] = [];
    for (const row of await query.execute()) {
      if (row.nextAttemptAt === null) continue;
      const moved = await store.db
        .updateTable('alertNotifications')
        .set({ nextAttemptAt: now + leaseMs })
        .where('id', '=', row.id)
        .where('nextAttemptAt', '=', row.nextAttemptAt)
        .executeTakeFirst();
      if (moved.numUpdatedRows === BigInt(1)) claimed.push({ ...row, message: StoredMessage.parse(row.message) });
    }
    return claimed;
  });
}

/**
 * Records an attempt (`at`: epoch ms) and its answer: sent; or retrying at the next time of the
 * schedule (lib/licensing/alert-retry.ts); or failed when the hour is spent or the channel is gone.
 */
export async function recordAttempt(
  store: Store,
  due: DueNotification,
  outcome: { ok: boolean; answer: string; at: number; final?: boolean },
): Promise<void> {
  const attempts = due.attempts + 1;
  const first = due.firstAttemptAt ?? outcome.at;
  const next = outcome.ok || outcome.final ? undefined : nextAttemptAt(first, attempts);
  const status = outcome.ok ? 'sent' : next === undefined ? 'failed' : 'retrying';
  await guarded(() =>
    store.db
      .updateTable('alertNotifications')
      .set({ status, attempts, firstAttemptAt: first, lastAttemptAt: outcome.at, nextAttemptAt: next ?? null, answer: outcome.answer })
      .where('id', '=', due.id)
      .execute(),
  );
}

/** The portal's latest notifications, newest first, at most `limit`. */
export async function listNotifications(store: Store, portal: PortalRef, limit: number): Promise<NotificationView[]> {
  return guarded(async () => {
    const rows = await store.db
      .selectFrom('alertNotifications')
      .select(['id', 'channelName', 'message', 'createdAt', 'status', 'attempts', 'lastAttemptAt', 'nextAttemptAt', 'answer'])
      .where('portalId', '=', await portalId(store, portal))
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, message: StoredMessage.parse(row.message), status: StoredStatus.parse(row.status) }));
  });
}
