import 'server-only';
import { groupBy } from 'es-toolkit';
import { sql, type ExpressionBuilder, type OrderByItemBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { idleCutoff, PRO_LEVELS, type MemberQuery, type MemberQueryInput } from '../licensing/member-filter';
import type { Store } from './engine';
import { guarded } from './errors';
import type { StoreSchema } from './schema';

// The /members page's reads of the current inventory (lib/store/member-inventory.ts): one page of
// members for a filter with the count, the licenses of the page's members, and every match streamed
// for the CSV. Filters are indexed lookups (EXISTS on the licenses' and entitlements' primary keys).

/** An app license of a member: the listing's itemId, its own last use and offline flag, its entitlements. */
interface MemberLicenseRow {
  itemId: string;
  /** Epoch ms of the app's last use; null = never or not reported. */
  lastLogin: number | null;
  /** Checked out for offline use. */
  disconnected: boolean;
  /** Sorted by name; for ArcGIS Pro its level and extensions. */
  entitlements: string[];
}

/** A member of the inventory with the app licenses they hold (sorted by itemId). Times in epoch ms. */
export interface MemberRow {
  username: string;
  fullName: string | null;
  email: string | null;
  role: string | null;
  roleId: string | null;
  userLicenseTypeId: string | null;
  /** Last sign-in; null = never. */
  lastLogin: number | null;
  disabled: boolean;
  licenses: MemberLicenseRow[];
}

/** What the inventory holds to filter on, for the filter form's choices; each list sorted. */
export interface MemberFacets {
  userTypes: string[];
  roles: string[];
  entitlements: string[];
}

type Scope = ExpressionBuilder<StoreSchema & { m: StoreSchema['inventoryMembers'] }, 'm'>;

const MEMBER_COLUMNS = ['m.username', 'm.fullName', 'm.email', 'm.role', 'm.roleId', 'm.userLicenseTypeId', 'm.lastLogin', 'm.disabled'] as const;

/** `%text%` for LIKE, its own % _ and \ taken literally (with ESCAPE '\'). */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Members (m) whose username is among `usernames` (a subquery over one inventory's licenses or entitlements). */
function among(eb: Scope, usernames: SelectQueryBuilder<StoreSchema, never, { username: string }>) {
  return eb('m.username', 'in', usernames);
}

/** What a filter needs besides itself: `now` (epoch ms) anchors the day counts; ArcGIS Pro's listing itemIds. */
interface FilterContext {
  now: number;
  proItems: readonly string[];
}

/**
 * The conditions of a filter on the members (m) of inventory `inventoryId`. Conditions on licenses
 * are `username IN (…)` over indexes that hold just the rows asked for (an app's holders, the idle
 * ones of ArcGIS Pro, the offline ones), so the engine reads those few rows once rather than probing
 * every member.
 */
function conditions(eb: Scope, inventoryId: number, filter: MemberQueryInput, context: FilterContext) {
  const licenses = () => eb.selectFrom('inventoryLicenses as l').select('l.username').where('l.inventoryId', '=', inventoryId);
  const all = [];
  if (filter.userType) all.push(eb('m.userLicenseTypeId', '=', filter.userType));
  if (filter.role) all.push(eb.or([eb('m.role', '=', filter.role), eb('m.roleId', '=', filter.role)]));
  if (filter.app) all.push(among(eb, licenses().where('l.itemId', '=', filter.app)));
  if (filter.entitlement) {
    const holders = eb
      .selectFrom('inventoryEntitlements as e')
      .select('e.username')
      .where('e.inventoryId', '=', inventoryId)
      .where('e.entitlement', '=', filter.entitlement);
    all.push(among(eb, holders));
  }
  if (filter.idle !== undefined) all.push(eb.or([eb('m.lastLogin', 'is', null), eb('m.lastLogin', '<', idleCutoff(filter.idle, context.now))]));
  if (filter.never) all.push(eb('m.lastLogin', 'is', null));
  if (filter.proIdle !== undefined) {
    const cutoff = idleCutoff(filter.proIdle, context.now);
    // The Pro listing's own lastLogin says when Pro was last used; never used counts.
    const idlePro = licenses()
      .where('l.itemId', 'in', context.proItems.length > 0 ? context.proItems : [''])
      .where((l) => l.or([l('l.lastLogin', 'is', null), l('l.lastLogin', '<', cutoff)]));
    all.push(among(eb, idlePro));
  }
  if (filter.offline) all.push(among(eb, licenses().where('l.disconnected', '=', 1)));
  if (filter.disabled) all.push(eb('m.disabled', '=', 1));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    const like = (column: 'm.username' | 'm.fullName' | 'm.email') => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    all.push(eb.or([like('m.username'), like('m.fullName'), like('m.email')]));
  }
  return all;
}

/**
 * The listings whose licenses carry an ArcGIS Pro level (the Pro listing; one a portal), read from the
 * first holder of each level rather than from the listing's name, which portals spell differently.
 */
async function proItemsOf(store: Store, inventoryId: number, filter: MemberQueryInput): Promise<string[]> {
  if (filter.proIdle === undefined) return [];
  const firsts = await Promise.all(
    PRO_LEVELS.map((level) =>
      store.db
        .selectFrom('inventoryEntitlements')
        .select('itemId')
        .where('inventoryId', '=', inventoryId)
        .where('entitlement', '=', level)
        .limit(1)
        .executeTakeFirst(),
    ),
  );
  return [...new Set(firsts.flatMap((row) => (row ? [row.itemId] : [])))];
}

function filteredMembers(store: Store, inventoryId: number, filter: MemberQueryInput, context: FilterContext) {
  return store.db
    .selectFrom('inventoryMembers as m')
    .where('m.inventoryId', '=', inventoryId)
    .where((eb) => eb.and(conditions(eb, inventoryId, filter, context)));
}

/** A member as selected: the store keeps `disabled` as 0/1. */
type MemberSelect = Omit<MemberRow, 'disabled' | 'licenses'> & { disabled: number };

/**
 * The licenses (with entitlements) of these members, by username. `inOrder`: the usernames are a run in
 * the engine's username order, so their rows are read as one range of the primary key rather than
 * looked up one by one (the CSV's batches); rows of members between them that the filter left out are
 * read and ignored.
 */
async function licensesOf(
  store: Store,
  inventoryId: number,
  usernames: readonly string[],
  inOrder: boolean,
): Promise<Map<string, MemberLicenseRow[]>> {
  const first = usernames[0];
  const last = usernames.at(-1);
  if (first === undefined || last === undefined) return new Map();
  const [licenses, entitlements] = await Promise.all([
    store.db
      .selectFrom('inventoryLicenses')
      .select(['username', 'itemId', 'lastLogin', 'disconnected'])
      .where('inventoryId', '=', inventoryId)
      .$if(inOrder, (q) => q.where('username', '>=', first).where('username', '<=', last))
      .$if(!inOrder, (q) => q.where('username', 'in', usernames))
      .orderBy('username')
      .orderBy('itemId')
      .execute(),
    store.db
      .selectFrom('inventoryEntitlements')
      .select(['username', 'itemId', 'entitlement'])
      .where('inventoryId', '=', inventoryId)
      .$if(inOrder, (q) => q.where('username', '>=', first).where('username', '<=', last))
      .$if(!inOrder, (q) => q.where('username', 'in', usernames))
      .orderBy('entitlement')
      .execute(),
  ]);
  const held = groupBy(entitlements, (e) => `${e.username}\n${e.itemId}`);
  const byMember = new Map<string, MemberLicenseRow[]>();
  for (const l of licenses) {
    const list = byMember.get(l.username) ?? [];
    list.push({
      itemId: l.itemId,
      lastLogin: l.lastLogin,
      disconnected: l.disconnected === 1,
      entitlements: (held[`${l.username}\n${l.itemId}`] ?? []).map((e) => e.entitlement),
    });
    byMember.set(l.username, list);
  }
  return byMember;
}

async function withLicenses(store: Store, inventoryId: number, rows: readonly MemberSelect[], inOrder = false): Promise<MemberRow[]> {
  const licenses = await licensesOf(
    store,
    inventoryId,
    rows.map((row) => row.username),
    inOrder,
  );
  return rows.map((row) => ({ ...row, disabled: row.disabled === 1, licenses: licenses.get(row.username) ?? [] }));
}

/**
 * One page of an inventory's members matching `query` (sorted as it says; ties by username; "never
 * signed in" is the oldest sign-in), with their licenses, and how many match in all. `now` (epoch ms)
 * anchors the day counts. Throws StoreUnavailableError when the store is out of reach.
 */
export async function queryMembers(
  store: Store,
  inventoryId: number,
  query: MemberQuery,
  now: number,
): Promise<{ members: MemberRow[]; total: number }> {
  return guarded(async () => {
    const base = filteredMembers(store, inventoryId, query, { now, proItems: await proItemsOf(store, inventoryId, query) });
    const asc = query.dir === 'asc';
    const order = asc ? ('asc' as const) : ('desc' as const);
    let page = base.select([...MEMBER_COLUMNS]);
    // Text sorts on lower(): PostgreSQL's collation and SQLite's binary order agree on lower-case ids and names.
    const lower = (column: 'm.userLicenseTypeId' | 'm.role') => sql<string | null>`lower(${sql.ref(column)})`;
    const nulls = (ob: OrderByItemBuilder) => (asc ? ob.asc().nullsFirst() : ob.desc().nullsLast());
    if (query.sort === 'name') page = page.orderBy(sql`lower(coalesce(${sql.ref('m.fullName')}, ${sql.ref('m.username')}))`, order);
    if (query.sort === 'userType') page = page.orderBy(lower('m.userLicenseTypeId'), nulls);
    if (query.sort === 'role') page = page.orderBy(lower('m.role'), nulls);
    if (query.sort === 'lastLogin') page = page.orderBy('m.lastLogin', nulls);
    const [rows, counted] = await Promise.all([
      page
        .orderBy('m.username', order)
        .offset((query.page - 1) * query.size)
        .limit(query.size)
        .execute(),
      base.select(({ fn }) => fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    ]);
    return { members: await withLicenses(store, inventoryId, rows), total: Number(counted.total) };
  });
}

// Members per read while streaming: memory stays flat at 50,000 members and the connection is free
// between batches.
const STREAM_BATCH = 2_000;

/**
 * Every member of an inventory matching `filter`, by username, with their licenses, read in batches
 * as the reader pulls (the CSV export). Throws StoreUnavailableError from the iteration when the
 * store goes out of reach mid-way.
 */
export async function* streamMembers(store: Store, inventoryId: number, filter: MemberQueryInput, now: number): AsyncGenerator<MemberRow> {
  const context = { now, proItems: await guarded(() => proItemsOf(store, inventoryId, filter)) };
  let after: string | undefined;
  for (;;) {
    const last = after;
    const batch = await guarded(async () => {
      let query = filteredMembers(store, inventoryId, filter, context);
      if (last !== undefined) query = query.where('m.username', '>', last);
      const rows = await query
        .select([...MEMBER_COLUMNS])
        .orderBy('m.username')
        .limit(STREAM_BATCH)
        .execute();
      return withLicenses(store, inventoryId, rows, true);
    });
    yield* batch;
    const final = batch.at(-1);
    if (!final || batch.length < STREAM_BATCH) return;
    after = final.username;
  }
}

/**
 * The usernames of an inventory's members matching `filter`, in username order, at most `limit`
 * (a caller asks for one more than it accepts to learn the filter matches too many). `now` (epoch ms)
 * anchors the day counts. Throws StoreUnavailableError.
 */
export async function matchingUsernames(store: Store, inventoryId: number, filter: MemberQueryInput, now: number, limit: number): Promise<string[]> {
  return guarded(async () => {
    const rows = await filteredMembers(store, inventoryId, filter, { now, proItems: await proItemsOf(store, inventoryId, filter) })
      .select('m.username')
      .orderBy('m.username')
      .limit(limit)
      .execute();
    return rows.map((row) => row.username);
  });
}

/** The user types, roles (and custom role ids) and entitlements found in an inventory. Throws StoreUnavailableError. */
export async function memberFacets(store: Store, inventoryId: number): Promise<MemberFacets> {
  return guarded(async () => {
    const members = store.db.selectFrom('inventoryMembers').where('inventoryId', '=', inventoryId);
    const [userTypes, roles, roleIds, entitlements] = await Promise.all([
      members.select('userLicenseTypeId as value').distinct().execute(),
      members.select('role as value').distinct().execute(),
      members.select('roleId as value').distinct().execute(),
      store.db.selectFrom('inventoryEntitlements').select('entitlement as value').distinct().where('inventoryId', '=', inventoryId).execute(),
    ]);
    const sorted = (...lists: { value: string | null }[][]) =>
      [...new Set(lists.flat().flatMap(({ value }) => (value ? [value] : [])))].sort((a, b) => a.localeCompare(b));
    return { userTypes: sorted(userTypes), roles: sorted(roles, roleIds), entitlements: sorted(entitlements) };
  });
}
