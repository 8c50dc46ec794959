import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { AlertRuleSchema, DEFAULT_RULES, type AlertRule } from '../licensing/alert-rules';
import { CHANNEL_TYPES, PAYLOAD_FORMATS } from '../licensing/alert-payloads';
import type { PortalRef } from '../licensing/snapshot';
import type { SecretBox } from './alerts-secret-box';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';
import type { StoreSchema } from './schema';

// Alert rules and channels of a portal (migration 0006-alerts). A channel's secret is sealed before
// it is written and opened only for a delivery; the page reads the masked copy.

type ChannelType = (typeof CHANNEL_TYPES)[number];

/** A channel as the page may see it: no secret, only its masked form. */
export interface ChannelView {
  id: number;
  name: string;
  type: ChannelType;
  format: (typeof PAYLOAD_FORMATS)[number];
  /** E-mail addresses; [] for a webhook. */
  recipients: string[];
  /** The webhook URL or SMTP URL masked (lib/licensing/alert-masking.ts); "" when the channel uses SMTP_URL. */
  masked: string;
  /** Epoch ms. */
  createdAt: number;
}

/** A channel with its secret opened, for a delivery only. `secret` null: an e-mail channel on SMTP_URL. */
export interface DeliveryChannel extends ChannelView {
  secret: string | null;
}

/** What a new channel is made of; `secret` in the clear (sealed here), `masked` for the page. */
export type NewChannel = Omit<ChannelView, 'id' | 'createdAt'> & { secret: string | null };

const StoredChannel = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(CHANNEL_TYPES),
  format: z.enum(PAYLOAD_FORMATS),
  recipients: z.string().transform((text) => z.array(z.string()).parse(JSON.parse(text))),
  masked: z.string(),
  createdAt: z.number(),
});

type Db = Kysely<StoreSchema>;

async function rulesIn(db: Db, portal: number): Promise<AlertRule[]> {
  const rows = await db.selectFrom('alertRules').select(['kind', 'enabled', 'settings', 'channelIds']).where('portalId', '=', portal).execute();
  const stored = new Map(rows.map((row) => [row.kind, row]));
  return DEFAULT_RULES.map((rule) => {
    const row = stored.get(rule.kind);
    if (!row) return rule;
    return AlertRuleSchema.parse({
      kind: row.kind,
      enabled: row.enabled === 1,
      settings: JSON.parse(row.settings),
      channelIds: JSON.parse(row.channelIds),
    });
  });
}

async function writeRule(db: Db, portal: number, rule: AlertRule, at: number): Promise<void> {
  const values = {
    enabled: rule.enabled ? 1 : 0,
    settings: JSON.stringify(rule.settings),
    channelIds: JSON.stringify(rule.channelIds),
    updatedAt: at,
  };
  await db
    .insertInto('alertRules')
    .values({ portalId: portal, kind: rule.kind, ...values })
    .onConflict((conflict) => conflict.columns(['portalId', 'kind']).doUpdateSet(values))
    .execute();
}

/** Every rule of the portal: the stored ones, the defaults (lib/licensing/alert-rules.ts) for the rest, in the defaults' order. */
export async function readAlertRules(store: Store, portal: PortalRef): Promise<AlertRule[]> {
  return guarded(async () => rulesIn(store.db, await portalId(store, portal)));
}

/** Stores a rule's settings (`at`: epoch ms). Throws StoreUnavailableError when the store is out of reach. */
export async function saveAlertRule(store: Store, portal: PortalRef, rule: AlertRule, at: number): Promise<void> {
  await guarded(async () => writeRule(store.db, await portalId(store, portal), rule, at));
}

/** The portal's channels, oldest first, without their secrets. */
export async function listAlertChannels(store: Store, portal: PortalRef): Promise<ChannelView[]> {
  return guarded(async () => {
    const rows = await store.db
      .selectFrom('alertChannels')
      .select(['id', 'name', 'type', 'format', 'recipients', 'masked', 'createdAt'])
      .where('portalId', '=', await portalId(store, portal))
      .orderBy('id')
      .execute();
    return rows.map((row) => StoredChannel.parse(row));
  });
}

/**
 * Adds a channel (its secret sealed with `box`) and lets every rule notify it, so that a first channel
 * hears the defaults without a second step. Returns its id.
 */
export async function addAlertChannel(store: Store, portal: PortalRef, channel: NewChannel, box: SecretBox, at: number): Promise<number> {
  return guarded(async () => {
    const owner = await portalId(store, portal);
    return store.db.transaction().execute(async (tx) => {
      const { id } = await tx
        .insertInto('alertChannels')
        .values({
          portalId: owner,
          name: channel.name,
          type: channel.type,
          format: channel.format,
          recipients: JSON.stringify(channel.recipients),
          secret: channel.secret === null ? null : box.seal(channel.secret),
          masked: channel.masked,
          createdAt: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const rule of await rulesIn(tx, owner)) await writeRule(tx, owner, { ...rule, channelIds: [...rule.channelIds, id] }, at);
      return id;
    });
  });
}

/** Deletes a channel of the portal and takes it off every rule; false when it has no such channel. Its sent history stays. */
export async function deleteAlertChannel(store: Store, portal: PortalRef, id: number, at: number): Promise<boolean> {
  return guarded(async () => {
    const owner = await portalId(store, portal);
    return store.db.transaction().execute(async (tx) => {
      const deleted = await tx.deleteFrom('alertChannels').where('portalId', '=', owner).where('id', '=', id).executeTakeFirst();
      if (deleted.numDeletedRows === BigInt(0)) return false;
      for (const rule of await rulesIn(tx, owner)) {
        if (rule.channelIds.includes(id)) await writeRule(tx, owner, { ...rule, channelIds: rule.channelIds.filter((c) => c !== id) }, at);
      }
      return true;
    });
  });
}

/** A channel with its secret opened with `box`, by id alone (retries run for every portal); undefined when deleted. */
export async function deliveryChannel(store: Store, id: number, box: SecretBox): Promise<DeliveryChannel | undefined> {
  const row = await guarded(() =>
    store.db
      .selectFrom('alertChannels')
      .select(['id', 'name', 'type', 'format', 'recipients', 'masked', 'createdAt', 'secret'])
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  if (!row) return undefined;
  return { ...StoredChannel.parse(row), secret: row.secret === null ? null : box.open(row.secret) };
}
