import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';
import type { StoreEngine } from './engine';

// Versioned migrations, applied in name order at start by Kysely's Migrator. One schema for both
// engines: the only difference is how an auto-numbered id is spelled. A released migration is never
// edited; a change is a new migration.

type Db = Kysely<unknown>;

function autoId(engine: StoreEngine): [string, 'integer' | 'bigserial', (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  // SQLite: INTEGER PRIMARY KEY is the rowid, numbered by the engine; PostgreSQL: a bigserial.
  return ['id', engine === 'sqlite' ? 'integer' : 'bigserial', (col) => col.primaryKey()];
}

const history = (engine: StoreEngine): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('portals')
      .addColumn(...autoId(engine))
      .addColumn('url', 'text', (col) => col.notNull())
      .addColumn('org_id', 'text', (col) => col.notNull())
      .addUniqueConstraint('portals_url_org', ['url', 'org_id'])
      .execute();
    await db.schema
      .createTable('snapshots')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('taken_at', 'bigint', (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull().check(sql`source in ('overview', 'collector', 'demo-seed')`))
      .addColumn('members_in_use', 'integer', (col) => col.notNull().check(sql`members_in_use >= 0`))
      .addColumn('members_limit', 'integer', (col) => col.notNull().check(sql`members_limit >= 0`))
      .execute();
    await db.schema.createIndex('snapshots_portal_time').on('snapshots').columns(['portal_id', 'taken_at']).execute();
    await db.schema
      .createTable('snapshot_entitlements')
      .addColumn('snapshot_id', 'bigint', (col) => col.notNull().references('snapshots.id').onDelete('cascade'))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('entitlement_id', 'text', (col) => col.notNull())
      .addColumn('seats_purchased', 'integer', (col) => col.notNull().check(sql`seats_purchased >= 0`))
      .addColumn('seats_assigned', 'integer', (col) => col.notNull().check(sql`seats_assigned >= 0`))
      .addColumn('expires_at', 'bigint')
      .addPrimaryKeyConstraint('snapshot_entitlements_pk', ['snapshot_id', 'kind', 'entitlement_id'])
      .execute();
    await db.schema
      .createIndex('snapshot_entitlements_by_id')
      .on('snapshot_entitlements')
      .columns(['portal_id', 'entitlement_id', 'snapshot_id'])
      .execute();
    await db.schema
      .createTable('server_expirations')
      .addColumn('snapshot_id', 'bigint', (col) => col.notNull().references('snapshots.id').onDelete('cascade'))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('server', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'bigint')
      .addPrimaryKeyConstraint('server_expirations_pk', ['snapshot_id', 'server', 'name'])
      .execute();
  },
});

const auditAndCoordination = (engine: StoreEngine): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('audit_entries')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('at', 'bigint', (col) => col.notNull())
      .addColumn('admin', 'text', (col) => col.notNull())
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('target', 'text', (col) => col.notNull())
      .addColumn('parameters', 'text', (col) => col.notNull())
      .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('pending', 'success', 'failed', 'unknown')`))
      .addColumn('portal_messages', 'text', (col) => col.notNull())
      .addColumn('duration_ms', 'integer')
      .execute();
    await db.schema.createIndex('audit_entries_portal_time').on('audit_entries').columns(['portal_id', 'at', 'id']).execute();
    await db.schema.createIndex('audit_entries_time').on('audit_entries').column('at').execute();
    await db.schema
      .createTable('collector_locks')
      .addColumn('portal_id', 'bigint', (col) => col.primaryKey().references('portals.id'))
      .addColumn('holder', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('failures', 'integer', (col) => col.notNull())
      .addColumn('last_failure', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('sign_in_failures_pk', ['portal_id', 'key'])
      .execute();
  },
});

// What each collector run came to, so that "the collector could not read the portal for two intervals
// in a row" can be told from the store (issue 14). Filed under the portal the collector is configured
// for; `reason` holds the portal's words when it failed.
const collectorRuns = (engine: StoreEngine): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('collector_runs')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('started_at', 'bigint', (col) => col.notNull())
      .addColumn('finished_at', 'bigint', (col) => col.notNull())
      .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('ok', 'failed')`))
      .addColumn('reason', 'text')
      .addColumn('instance', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('collector_runs_portal_time').on('collector_runs').columns(['portal_id', 'started_at']).execute();
  },
});

// The members inventory (issue 13): one complete read of the organization per inventory, so readers
// keep the previous complete one while a new one is written (status 'writing' until it is complete;
// an interrupted sync leaves a 'writing' inventory that no reader looks at). `last_login` null = the
// member never signed in (the portal's -1). One row per app license a member holds, and one row per
// entitlement of it (ArcGIS Pro level and extensions), so filters stay plain indexed lookups.
const members = (engine: StoreEngine): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('member_inventories')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('started_at', 'bigint', (col) => col.notNull())
      .addColumn('read_at', 'bigint')
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('writing', 'complete')`))
      .addColumn('members_total', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('unreached', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('listings', 'text', (col) => col.notNull().defaultTo('[]'))
      .execute();
    await db.schema.createIndex('member_inventories_portal').on('member_inventories').columns(['portal_id', 'status', 'read_at']).execute();
    await db.schema
      .createTable('inventory_members')
      .addColumn('inventory_id', 'bigint', (col) => col.notNull().references('member_inventories.id').onDelete('cascade'))
      .addColumn('username', 'text', (col) => col.notNull())
      .addColumn('full_name', 'text')
      .addColumn('email', 'text')
      .addColumn('role', 'text')
      .addColumn('role_id', 'text')
      .addColumn('user_license_type_id', 'text')
      .addColumn('created', 'bigint')
      .addColumn('last_login', 'bigint')
      .addColumn('disabled', 'integer', (col) => col.notNull().check(sql`disabled in (0, 1)`))
      .addColumn('provider', 'text')
      .addPrimaryKeyConstraint('inventory_members_pk', ['inventory_id', 'username'])
      .execute();
    await db.schema
      .createTable('inventory_licenses')
      .addColumn('inventory_id', 'bigint', (col) => col.notNull().references('member_inventories.id').onDelete('cascade'))
      .addColumn('username', 'text', (col) => col.notNull())
      .addColumn('item_id', 'text', (col) => col.notNull())
      .addColumn('last_login', 'bigint')
      .addColumn('disconnected', 'integer', (col) => col.notNull().check(sql`disconnected in (0, 1)`))
      .addPrimaryKeyConstraint('inventory_licenses_pk', ['inventory_id', 'username', 'item_id'])
      .execute();
    await db.schema.createIndex('inventory_licenses_item').on('inventory_licenses').columns(['inventory_id', 'item_id', 'username']).execute();
    await db.schema
      .createTable('inventory_entitlements')
      .addColumn('inventory_id', 'bigint', (col) => col.notNull().references('member_inventories.id').onDelete('cascade'))
      .addColumn('username', 'text', (col) => col.notNull())
      .addColumn('item_id', 'text', (col) => col.notNull())
      .addColumn('entitlement', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('inventory_entitlements_pk', ['inventory_id', 'username', 'item_id', 'entitlement'])
      .execute();
    await db.schema
      .createIndex('inventory_entitlements_by_entitlement')
      .on('inventory_entitlements')
      .columns(['inventory_id', 'entitlement', 'username'])
      .execute();
    // The /members page (lib/store/member-query.ts): its sorts walk these in order and stop after a
    // page, its filters and the form's choices (distinct values) read them instead of the table.
    await db.schema.createIndex('inventory_members_last_login').on('inventory_members').columns(['inventory_id', 'last_login', 'username']).execute();
    await db.schema.createIndex('inventory_members_user_type').on('inventory_members').columns(['inventory_id', 'user_license_type_id']).execute();
    await db.schema.createIndex('inventory_members_role').on('inventory_members').columns(['inventory_id', 'role']).execute();
    await db.schema.createIndex('inventory_members_role_id').on('inventory_members').columns(['inventory_id', 'role_id']).execute();
    await sql`create index inventory_members_name on inventory_members (inventory_id, lower(coalesce(full_name, username)), username)`.execute(db);
    await db.schema
      .createIndex('inventory_licenses_item_last_login')
      .on('inventory_licenses')
      .columns(['inventory_id', 'item_id', 'last_login', 'username'])
      .execute();
    await db.schema
      .createIndex('inventory_licenses_offline')
      .on('inventory_licenses')
      .columns(['inventory_id', 'disconnected', 'username'])
      .execute();
  },
});

// The history page reads a few entitlements over years: with each point's time beside it and an
// index that holds everything the page reads, that is one range scan per entitlement, with no join
// to the snapshots and no sort (measured at 3 years × 600 entitlements: the read's CPU about a third).
// It replaces the (portal, entitlement, snapshot) index, which only that read used.
const historyPointsByTime = (): Migration => ({
  async up(db: Db) {
    await db.schema
      .alterTable('snapshot_entitlements')
      .addColumn('taken_at', 'bigint', (col) => col.notNull().defaultTo(0))
      .execute();
    await sql`update snapshot_entitlements set taken_at = (select s.taken_at from snapshots s where s.id = snapshot_entitlements.snapshot_id)`.execute(
      db,
    );
    await db.schema
      .createIndex('snapshot_entitlements_points')
      .on('snapshot_entitlements')
      .columns(['portal_id', 'entitlement_id', 'taken_at', 'kind', 'seats_purchased', 'seats_assigned', 'expires_at'])
      .execute();
    await db.schema.dropIndex('snapshot_entitlements_by_id').execute();
  },
});

// Alerts (issue 14), per portal: the rules' settings (a rule without a row has its defaults); the
// channels, whose secret (webhook URL, SMTP URL) is stored encrypted (AES-256-GCM, lib/store/
// alerts-secret-box.ts) beside a masked copy the page shows, so a read never needs the key; what is
// firing now; and every notification per channel with its delivery state. A notification keeps its
// channel's name, so the sent history outlives a deleted channel.
const alerts = (engine: StoreEngine): Migration => ({
  async up(db: Db) {
    await db.schema
      .createTable('alert_rules')
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('enabled', 'integer', (col) => col.notNull().check(sql`enabled in (0, 1)`))
      .addColumn('settings', 'text', (col) => col.notNull())
      .addColumn('channel_ids', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('alert_rules_pk', ['portal_id', 'kind'])
      .execute();
    await db.schema
      .createTable('alert_channels')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('type', 'text', (col) => col.notNull().check(sql`type in ('webhook', 'email')`))
      .addColumn('format', 'text', (col) => col.notNull())
      .addColumn('recipients', 'text', (col) => col.notNull())
      .addColumn('secret', 'text')
      .addColumn('masked', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('alert_channels_portal').on('alert_channels').columns(['portal_id', 'id']).execute();
    await db.schema
      .createTable('alert_conditions')
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('rule', 'text', (col) => col.notNull())
      .addColumn('subject', 'text', (col) => col.notNull())
      .addColumn('level', 'text', (col) => col.notNull())
      .addColumn('rank', 'integer', (col) => col.notNull())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('detail', 'text', (col) => col.notNull())
      .addColumn('since', 'bigint', (col) => col.notNull())
      .addColumn('heard', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('alert_conditions_pk', ['portal_id', 'key'])
      .execute();
    await db.schema
      .createTable('alert_notifications')
      .addColumn(...autoId(engine))
      .addColumn('portal_id', 'bigint', (col) => col.notNull().references('portals.id'))
      .addColumn('channel_id', 'bigint', (col) => col.references('alert_channels.id').onDelete('set null'))
      .addColumn('channel_name', 'text', (col) => col.notNull())
      .addColumn('message', 'text', (col) => col.notNull())
      .addColumn('created_at', 'bigint', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('pending', 'sent', 'retrying', 'failed')`))
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('first_attempt_at', 'bigint')
      .addColumn('last_attempt_at', 'bigint')
      .addColumn('next_attempt_at', 'bigint')
      .addColumn('answer', 'text')
      .execute();
    await db.schema.createIndex('alert_notifications_portal_time').on('alert_notifications').columns(['portal_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('alert_notifications_due').on('alert_notifications').columns(['next_attempt_at']).execute();
  },
});

const collectorGrants = (): Migration => ({
  async up(db: Db) {
    // One grant per portal: the refresh token an admin let the collector sign in with (OAuth, issue 15).
    await db.schema
      .createTable('collector_grants')
      .addColumn('portal_id', 'bigint', (col) => col.primaryKey().references('portals.id'))
      .addColumn('username', 'text', (col) => col.notNull())
      .addColumn('granted_by', 'text', (col) => col.notNull())
      .addColumn('granted_at', 'bigint', (col) => col.notNull())
      .addColumn('sealed', 'text', (col) => col.notNull())
      .addColumn('refresh_expires', 'bigint')
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
  },
});

/** Every migration, by the name Kysely records in `kysely_migration`; names sort in the order they apply. */
export function storeMigrations(engine: StoreEngine): Record<string, Migration> {
  return {
    '0001-history': history(engine),
    '0002-audit-and-coordination': auditAndCoordination(engine),
    '0003-collector-runs': collectorRuns(engine),
    '0004-members': members(engine),
    '0005-history-points-by-time': historyPointsByTime(),
    '0006-alerts': alerts(engine),
    '0007-collector-grants': collectorGrants(),
  };
}
