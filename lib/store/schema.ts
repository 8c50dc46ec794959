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
}
