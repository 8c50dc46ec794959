import 'server-only';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, type AuditAction, type AuditOutcome } from '../schemas/audit-values';
import type { PortalRef } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';
import { asStringList } from './stored-values';
import { auditFilterQuery, type AuditFilter } from './audit-filter';
import type { StoreSchema } from './schema';

export type { AuditAction, AuditOutcome };

/** Flat values only, so a file can only be described (name, size, SHA-256), never stored. */
export type AuditParameters = Readonly<Record<string, string | number | boolean | null>>;

const StoredParameters = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const StoredAction = z.enum(AUDIT_ACTIONS);
const StoredOutcome = z.enum(AUDIT_OUTCOMES);

// Keys that name a secret are blanked whatever the caller passed: a password or token must never
// reach the audit log, even through a caller's mistake.
const SECRET_KEY = /pass(word)?|token|secret|credential/i;

export interface AuditStart {
  portal: PortalRef;
  /** Epoch ms (UTC) when the action started. */
  at: number;
  admin: string;
  action: AuditAction;
  /** What the action is about: a member, an app, a host, a file name. */
  target: string;
  parameters: AuditParameters;
}

export interface AuditEntry extends AuditStart {
  id: number;
  outcome: AuditOutcome;
  /** The portal's own words (its messages on failure). */
  portalMessages: string[];
  /** How long the portal call took, ms; null while pending. */
  durationMs: number | null;
}

function withoutSecrets(parameters: AuditParameters): AuditParameters {
  return Object.fromEntries(Object.entries(parameters).map(([key, value]) => [key, SECRET_KEY.test(key) ? '[redacted]' : value]));
}

/**
 * Writes an entry as pending, before the portal is called; returns its id for completeAudit. A crash
 * after this leaves a pending entry rather than nothing. Throws StoreUnavailableError when the store
 * is out of reach: the caller must then refuse the change.
 */
export async function appendAudit(store: Store, entry: AuditStart): Promise<number> {
  return guarded(async () => {
    const portal = await portalId(store, entry.portal);
    const { id } = await store.db
      .insertInto('auditEntries')
      .values({
        portalId: portal,
        at: entry.at,
        admin: entry.admin,
        action: entry.action,
        target: entry.target,
        parameters: JSON.stringify(withoutSecrets(entry.parameters)),
        outcome: 'pending',
        portalMessages: '[]',
        durationMs: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  });
}

/**
 * Completes a pending entry with its outcome. Only a pending entry can be completed, so an entry is
 * written at most twice and never rewritten after. Throws when no pending entry has this id, and
 * StoreUnavailableError when the store is out of reach.
 */
export async function completeAudit(
  store: Store,
  id: number,
  result: { outcome: Exclude<AuditOutcome, 'pending'>; portalMessages: readonly string[]; durationMs: number },
): Promise<void> {
  const updated = await guarded(() =>
    store.db
      .updateTable('auditEntries')
      .set({ outcome: result.outcome, portalMessages: JSON.stringify(result.portalMessages), durationMs: Math.round(result.durationMs) })
      .where('id', '=', id)
      .where('outcome', '=', 'pending')
      .executeTakeFirst(),
  );
  if (updated.numUpdatedRows !== BigInt(1)) throw new Error(`Audit entry ${id} is not pending: it cannot be completed.`);
}

/** The portal rows a filter reads: its portal's, and that URL's without an organization when asked. */
async function portalIdsOf(store: Store, filter: AuditFilter): Promise<number[]> {
  const own = await portalId(store, filter.portal);
  if (!filter.withUnknownOrganization || filter.portal.orgId === '') return [own];
  return [own, await portalId(store, { url: filter.portal.url, orgId: '' })];
}

const COLUMNS = ['a.id', 'a.at', 'a.admin', 'a.action', 'a.target', 'a.parameters', 'a.outcome', 'a.portalMessages', 'a.durationMs'] as const;

/** An audit row as selected, without the portal it is already known to belong to. */
type AuditRow = Omit<Selectable<StoreSchema['auditEntries']>, 'portalId'>;

function toEntry(portal: PortalRef, row: AuditRow): AuditEntry {
  return {
    id: row.id,
    portal,
    at: row.at,
    admin: row.admin,
    action: StoredAction.parse(row.action),
    target: row.target,
    parameters: StoredParameters.parse(JSON.parse(row.parameters)),
    outcome: StoredOutcome.parse(row.outcome),
    portalMessages: asStringList(row.portalMessages),
    durationMs: row.durationMs,
  };
}

/**
 * One page of a portal's audit log, newest first, and how many entries match the filter in all.
 * `offset` and `limit` count entries. Throws StoreUnavailableError when the store is out of reach.
 */
export async function listAudit(
  store: Store,
  filter: AuditFilter,
  paging: { offset: number; limit: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  return guarded(async () => {
    const query = auditFilterQuery(store, await portalIdsOf(store, filter), filter);
    const rows = await query
      .select([...COLUMNS])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .offset(paging.offset)
      .limit(paging.limit)
      .execute();
    const { total } = await query.select(({ fn }) => fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    return { entries: rows.map((row) => toEntry(filter.portal, row)), total: Number(total) };
  });
}

// Rows per read while streaming: memory stays flat however long the log is, and the connection is
// free between batches for other requests.
const STREAM_BATCH = 1_000;

/**
 * Every entry matching the filter, newest first, read in batches (for the CSV export). Throws
 * StoreUnavailableError from the iteration when the store goes out of reach mid-way.
 */
export async function* streamAudit(store: Store, filter: AuditFilter): AsyncGenerator<AuditEntry> {
  const portals = await guarded(() => portalIdsOf(store, filter));
  let after: { at: number; id: number } | undefined;
  for (;;) {
    const last = after;
    const rows = await guarded(() => {
      let query = auditFilterQuery(store, portals, filter);
      if (last) query = query.where((eb) => eb.or([eb('a.at', '<', last.at), eb.and([eb('a.at', '=', last.at), eb('a.id', '<', last.id)])]));
      return query
        .select([...COLUMNS])
        .orderBy('a.at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(STREAM_BATCH)
        .execute();
    });
    for (const row of rows) yield toEntry(filter.portal, row);
    const final = rows.at(-1);
    if (!final || rows.length < STREAM_BATCH) return;
    after = { at: final.at, id: final.id };
  }
}

/**
 * Deletes entries older than `retentionDays` days before `now` (epoch ms), in every portal; returns
 * how many. The only way an entry ever leaves the log (AUDIT_RETENTION_DAYS). Throws
 * StoreUnavailableError when the store is out of reach.
 */
export async function pruneAudit(store: Store, retentionDays: number, now: number = Date.now()): Promise<number> {
  const cutoff = now - retentionDays * 86_400_000;
  const result = await guarded(() => store.db.deleteFrom('auditEntries').where('at', '<', cutoff).executeTakeFirst());
  return Number(result.numDeletedRows);
}

/**
 * The portal a URL's audit entries are filed under when its organization is not known yet (a failed
 * sign-in has no profile): the row already stored for this URL with an organization id (the newest),
 * else the URL with an empty id. Throws StoreUnavailableError when the store is out of reach.
 */
export async function portalOfUrl(store: Store, url: string): Promise<PortalRef> {
  const bare = url.replace(/\/+$/, '');
  const row = await guarded(() =>
    store.db.selectFrom('portals').select('orgId').where('url', '=', bare).where('orgId', '<>', '').orderBy('id', 'desc').limit(1).executeTakeFirst(),
  );
  return { url: bare, orgId: row?.orgId ?? '' };
}
