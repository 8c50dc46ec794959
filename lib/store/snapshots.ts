import 'server-only';
import { type Kysely, sql } from 'kysely';
import type { StoredPoint, StoredSeries } from '../licensing/history-series';
import type { LicenseSnapshot, PortalRef, ServerExpiration, SnapshotSource } from '../licensing/snapshot';
import type { Store } from './engine';
import { guarded } from './errors';
import { portalId } from './portals';
import type { StoreSchema } from './schema';
import { asKind, asSource } from './stored-values';

// Rows per INSERT. Far under both engines' bound-parameter limits; measured here, 100 rows a statement
// wrote a 500-entitlement snapshot about twice as fast as 500 (Kysely's compile time grows with the
// statement) and faster than 25 (more round trips).
const CHUNK = 100;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/**
 * Writes one snapshot in one transaction: either all of it (snapshot, entitlements, server
 * expirations) is stored or none of it, so a crash mid-write leaves the previous snapshots intact.
 * Returns the snapshot's id. Throws StoreUnavailableError when the store is out of reach; a value the
 * schema refuses (negative seats, an entitlement listed twice) rolls back and is rethrown as is.
 */
async function insertSnapshot(tx: Kysely<StoreSchema>, portal: number, snapshot: LicenseSnapshot): Promise<number> {
  const { id } = await tx
    .insertInto('snapshots')
    .values({
      portalId: portal,
      takenAt: snapshot.takenAt,
      source: snapshot.source,
      membersInUse: snapshot.members.inUse,
      membersLimit: snapshot.members.limit,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const part of chunks(snapshot.entitlements)) {
    await tx
      .insertInto('snapshotEntitlements')
      .values(
        part.map((e) => ({
          snapshotId: id,
          portalId: portal,
          takenAt: snapshot.takenAt,
          kind: e.kind,
          entitlementId: e.id,
          seatsPurchased: e.seatsPurchased,
          seatsAssigned: e.seatsAssigned,
          expiresAt: e.expiresAt,
        })),
      )
      .execute();
  }
  for (const part of chunks(snapshot.serverExpirations)) {
    await tx
      .insertInto('serverExpirations')
      .values(part.map((s) => ({ snapshotId: id, portalId: portal, server: s.server, name: s.name, expiresAt: s.expiresAt })))
      .execute();
  }
  return id;
}

/**
 * Writes one snapshot in one transaction: either all of it (snapshot, entitlements, server
 * expirations) is stored or none of it, so a crash mid-write leaves the previous snapshots intact.
 * Returns the snapshot's id. Throws StoreUnavailableError when the store is out of reach; a value the
 * schema refuses (negative seats, an entitlement listed twice) rolls back and is rethrown as is.
 */
export async function writeSnapshot(store: Store, snapshot: LicenseSnapshot): Promise<number> {
  return guarded(async () => {
    const portal = await portalId(store, snapshot.portal);
    return store.db.transaction().execute((tx) => insertSnapshot(tx, portal, snapshot));
  });
}

/**
 * writeSnapshot, unless the portal already has a real snapshot (overview or collector; the demo's
 * synthetic history does not count) taken less than `withinMs` before this one: then nothing is
 * written and undefined is returned. The check and the write are one transaction that first updates
 * the portal's row, which serializes writers of one portal on both engines (a row lock on
 * PostgreSQL, the write lock on SQLite), so several instances opening the overview at once write one
 * snapshot between them. Throws as writeSnapshot does.
 */
export async function writeSnapshotUnlessRecent(store: Store, snapshot: LicenseSnapshot, withinMs: number): Promise<number | undefined> {
  return guarded(async () => {
    const portal = await portalId(store, snapshot.portal);
    return store.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('portals')
        .set((eb) => ({ url: eb.ref('url') }))
        .where('id', '=', portal)
        .execute();
      const recent = await tx
        .selectFrom('snapshots')
        .select('id')
        .where('portalId', '=', portal)
        .where('source', 'in', ['overview', 'collector'])
        .where('takenAt', '>', snapshot.takenAt - withinMs)
        .limit(1)
        .executeTakeFirst();
      return recent ? undefined : insertSnapshot(tx, portal, snapshot);
    });
  });
}

export interface HistoryQuery {
  portal: PortalRef;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, inclusive. */
  to: number;
  /** Entitlement ids to read; omitted: every entitlement. */
  entitlementIds?: readonly string[];
  /** Whether to read server authorizations' expirations too (default true); a reader that shows none skips the join. */
  serverExpirations?: boolean;
}

export interface History {
  /** Every snapshot in the range, oldest first, with the members in use and the member limit. */
  snapshots: { takenAt: number; source: SnapshotSource; membersInUse: number; membersLimit: number }[];
  /** The chosen entitlements in those snapshots, ordered by time, then id. */
  points: StoredPoint[];
  /** Server authorizations' expirations in those snapshots, ordered by time. */
  serverExpirations: (ServerExpiration & { takenAt: number })[];
}

/**
 * When the portal's latest snapshot at or before `to` (epoch ms) was taken, epoch ms; undefined when
 * it has none. One indexed lookup, however many years are stored. Throws StoreUnavailableError.
 */
export async function latestSnapshotAt(store: Store, portal: PortalRef, to: number): Promise<number | undefined> {
  return guarded(async () => {
    const row = await store.db
      .selectFrom('snapshots')
      .select('takenAt')
      .where('portalId', '=', await portalId(store, portal))
      .where('takenAt', '<=', to)
      .orderBy('takenAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.takenAt;
  });
}

/** Reads a portal's history between two times. Throws StoreUnavailableError when the store is out of reach. */
export async function readHistory(store: Store, query: HistoryQuery): Promise<History> {
  return guarded(async () => {
    const portal = await portalId(store, query.portal);
    const inRange = store.db
      .selectFrom('snapshots')
      .where('snapshots.portalId', '=', portal)
      .where('snapshots.takenAt', '>=', query.from)
      .where('snapshots.takenAt', '<=', query.to);
    const snapshots = await inRange.select(['takenAt', 'source', 'membersInUse', 'membersLimit']).orderBy('takenAt').execute();
    // A few chosen entitlements over years: one range scan each on their own index (portal,
    // entitlement, time, and every column read). Every entitlement: through the range's snapshots
    // and the points' primary key (snapshot first). Either way ordered here, cheaper than in SQL.
    const columns = ['e.takenAt', 'e.kind', 'e.entitlementId as id', 'e.seatsPurchased', 'e.seatsAssigned', 'e.expiresAt'] as const;
    const ids = query.entitlementIds;
    const points =
      ids === undefined
        ? inRange.innerJoin('snapshotEntitlements as e', 'e.snapshotId', 'snapshots.id').select(columns)
        : store.db
            .selectFrom('snapshotEntitlements as e')
            .where('e.portalId', '=', portal)
            .where('e.takenAt', '>=', query.from)
            .where('e.takenAt', '<=', query.to)
            .where((eb) => (ids.length === 0 ? eb.lit(false) : eb('e.entitlementId', 'in', ids)))
            .select(columns);
    const servers =
      query.serverExpirations === false
        ? []
        : await inRange
            .innerJoin('serverExpirations as s', 's.snapshotId', 'snapshots.id')
            .select(['snapshots.takenAt', 's.server', 's.name', 's.expiresAt'])
            .orderBy('snapshots.takenAt')
            .execute();
    return {
      snapshots: snapshots.map((s) => ({ ...s, source: asSource(s.source) })),
      points: (await points.execute())
        .map((p) => ({ ...p, kind: asKind(p.kind) }))
        .sort((a, b) => a.takenAt - b.takenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      serverExpirations: servers,
    };
  });
}

export interface SeriesQuery {
  portal: PortalRef;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, inclusive. */
  to: number;
  entitlementIds: readonly string[];
}

/** One point as the series query aggregates it: takenAt, seatsPurchased, seatsAssigned, expiresAt. */
type StoredTuple = [number, number, number, number | null];

/** What the history page draws from: the snapshots in a range, and the chosen entitlements' points in them. */
export interface SeriesHistory {
  /** Every snapshot in the range, oldest first. */
  snapshots: { takenAt: number; source: SnapshotSource }[];
  /** One per chosen entitlement stored in the range, by id (an id stored under two kinds, which no license does, takes the first by name). */
  series: StoredSeries[];
}

/**
 * Reads the chosen entitlements' points between two times, grouped per entitlement, each oldest first,
 * and the range's snapshots. Throws StoreUnavailableError when the store is out of reach.
 */
export async function readEntitlementSeries(store: Store, query: SeriesQuery): Promise<SeriesHistory> {
  return guarded(async () => {
    const portal = await portalId(store, query.portal);
    const snapshots = await store.db
      .selectFrom('snapshots')
      .select(['takenAt', 'source'])
      .where('portalId', '=', portal)
      .where('takenAt', '>=', query.from)
      .where('takenAt', '<=', query.to)
      .orderBy('takenAt')
      .execute();
    const ids = query.entitlementIds;
    // Years of days for each chosen entitlement: one range scan each on the index that holds every
    // column read (migration 0005), aggregated in SQL to one JSON array per entitlement. Read as a
    // row a point instead, 10 entitlements × 3 years on SQLite took twice as long (better-sqlite3
    // builds each row object property by property, and Kysely's camel-case plugin then renames every
    // column of every row); on PostgreSQL the two cost about the same. Written in SQL, so it runs
    // without the plugin. The arrays are not ordered in SQL: PostgreSQL would sort every row by
    // entitlement for it and both engines sort again each array the scan already gives in time
    // order; the sort below checks that order in one pass.
    const points =
      store.engine === 'sqlite'
        ? sql`json_group_array(json_array(taken_at, seats_purchased, seats_assigned, expires_at))`
        : sql`json_agg(json_build_array(taken_at, seats_purchased, seats_assigned, expires_at))`;
    const { rows } =
      ids.length === 0
        ? { rows: [] }
        : await sql<{ id: string; kind: string; points: string | StoredTuple[] }>`
            select entitlement_id as id, min(kind) as kind, ${points} as points
            from snapshot_entitlements
            where portal_id = ${portal} and taken_at >= ${query.from} and taken_at <= ${query.to} and entitlement_id in (${sql.join(ids)})
            group by entitlement_id`.execute(store.db.withoutPlugins());
    const series = rows.map((row): StoredSeries => {
      // node-postgres parses json columns itself; SQLite hands back the text.
      const tuples: StoredTuple[] = typeof row.points === 'string' ? JSON.parse(row.points) : row.points;
      return {
        id: row.id,
        kind: asKind(row.kind),
        points: tuples
          .map(([takenAt, seatsPurchased, seatsAssigned, expiresAt]) => ({ takenAt, seatsPurchased, seatsAssigned, expiresAt }))
          .sort((a, b) => a.takenAt - b.takenAt),
      };
    });
    return {
      snapshots: snapshots.map((s) => ({ takenAt: s.takenAt, source: asSource(s.source) })),
      series: series.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    };
  });
}
