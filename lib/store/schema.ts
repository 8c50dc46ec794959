import type { Generated } from 'kysely';

// The tables as the code sees them (camelCase; CamelCasePlugin maps to the snake_case columns the
// migrations create). Times are epoch ms in 64-bit integers on both engines; JSON is kept as text so
// both engines store it the same way.

interface PortalsTable {
  id: Generated<number>;
  url: string;
  orgId: string;
}

interface SnapshotsTable {
  id: Generated<number>;
  portalId: number;
  takenAt: number;
  source: string;
  membersInUse: number;
  membersLimit: number;
}

interface SnapshotEntitlementsTable {
  snapshotId: number;
  portalId: number;
  /** The snapshot's takenAt, kept beside each point so the history reads one index (migration 0005). */
  takenAt: number;
  kind: string;
  entitlementId: string;
  seatsPurchased: number;
  seatsAssigned: number;
  expiresAt: number | null;
}

interface ServerExpirationsTable {
  snapshotId: number;
  portalId: number;
  server: string;
  name: string;
  expiresAt: number | null;
}

interface AuditEntriesTable {
  id: Generated<number>;
  portalId: number;
  at: number;
  admin: string;
  action: string;
  target: string;
  parameters: string;
  outcome: string;
  portalMessages: string;
  durationMs: number | null;
}

interface CollectorLocksTable {
  portalId: number;
  holder: string;
  expiresAt: number;
}

interface SignInFailuresTable {
  portalId: number;
  key: string;
  failures: number;
  lastFailure: number;
}

interface CollectorRunsTable {
  id: Generated<number>;
  portalId: number;
  startedAt: number;
  finishedAt: number;
  outcome: string;
  reason: string | null;
  instance: string;
}

interface MemberInventoriesTable {
  id: Generated<number>;
  portalId: number;
  startedAt: number;
  readAt: number | null;
  status: string;
  membersTotal: Generated<number>;
  unreached: Generated<number>;
  /** JSON: the listings read, [{itemId, name}]. */
  listings: Generated<string>;
}

interface InventoryMembersTable {
  inventoryId: number;
  username: string;
  fullName: string | null;
  email: string | null;
  role: string | null;
  roleId: string | null;
  userLicenseTypeId: string | null;
  created: number | null;
  lastLogin: number | null;
  disabled: number;
  provider: string | null;
}

interface InventoryLicensesTable {
  inventoryId: number;
  username: string;
  itemId: string;
  lastLogin: number | null;
  disconnected: number;
}

interface InventoryEntitlementsTable {
  inventoryId: number;
  username: string;
  itemId: string;
  entitlement: string;
}

export interface StoreSchema {
  portals: PortalsTable;
  snapshots: SnapshotsTable;
  snapshotEntitlements: SnapshotEntitlementsTable;
  serverExpirations: ServerExpirationsTable;
  auditEntries: AuditEntriesTable;
  collectorLocks: CollectorLocksTable;
  signInFailures: SignInFailuresTable;
  collectorRuns: CollectorRunsTable;
  memberInventories: MemberInventoriesTable;
  inventoryMembers: InventoryMembersTable;
  inventoryLicenses: InventoryLicensesTable;
  inventoryEntitlements: InventoryEntitlementsTable;
  alertRules: AlertRulesTable;
  alertChannels: AlertChannelsTable;
  alertConditions: AlertConditionsTable;
  alertNotifications: AlertNotificationsTable;
  collectorGrants: CollectorGrantsTable;
}

interface CollectorGrantsTable {
  portalId: number;
  username: string;
  grantedBy: string;
  grantedAt: number;
  sealed: string;
  refreshExpires: number | null;
  updatedAt: number;
}

interface AlertRulesTable {
  portalId: number;
  kind: string;
  enabled: number;
  /** JSON: the rule's settings (lib/licensing/alert-rules.ts). */
  settings: string;
  /** JSON: the ids of the channels it notifies. */
  channelIds: string;
  updatedAt: number;
}

interface AlertChannelsTable {
  id: Generated<number>;
  portalId: number;
  name: string;
  type: string;
  /** Webhook: plain, slack or teams; e-mail: plain. */
  format: string;
  /** JSON: e-mail addresses (not secret); [] for a webhook. */
  recipients: string;
  /** Encrypted webhook URL or SMTP URL; null: an e-mail channel on SMTP_URL. */
  secret: string | null;
  masked: string;
  createdAt: number;
}

interface AlertConditionsTable {
  portalId: number;
  key: string;
  rule: string;
  subject: string;
  level: string;
  rank: number;
  title: string;
  detail: string;
  since: number;
  /** JSON: the ids of the channels told of the condition's current state. */
  heard: string;
}

interface AlertNotificationsTable {
  id: Generated<number>;
  portalId: number;
  channelId: number | null;
  channelName: string;
  /** JSON: the AlertMessage (lib/licensing/alert-payloads.ts). */
  message: string;
  createdAt: number;
  status: string;
  attempts: Generated<number>;
  firstAttemptAt: number | null;
  lastAttemptAt: number | null;
  /** When a delivery is due (epoch ms); null: nothing more to do. */
  nextAttemptAt: number | null;
  /** The channel's answer to the last attempt (status and the start of its body, or the error). */
  answer: string | null;
}
