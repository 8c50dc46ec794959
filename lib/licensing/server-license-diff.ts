import { formatCount, formatExpiryDate } from '../view/dates';
import type { ServerAuthorization } from './server-licenses';

// What an import of an ArcGIS Server authorization file did: the authorizations read back after it
// against those read just before. ArcGIS Server answers the import with {"status":"success"} only,
// so reading back is the one way to say what was appended or replaced.

/** One authorization in both readings whose dates, version or cores differ. */
export interface ChangedAuthorization {
  before: ServerAuthorization;
  after: ServerAuthorization;
}

export interface AuthorizationDiff {
  added: ServerAuthorization[];
  removed: ServerAuthorization[];
  changed: ChangedAuthorization[];
  /** How many are the same in both readings. */
  unchanged: number;
}

/** The expiry as a calendar day: the server's own when it wrote one, else the UTC day; undefined for none. */
function expiryDay(a: ServerAuthorization): string | undefined {
  if (a.expiration === undefined) return undefined;
  return a.expirationDay ?? new Date(a.expiration).toISOString().slice(0, 10);
}

function differs(a: ServerAuthorization, b: ServerAuthorization): boolean {
  return expiryDay(a) !== expiryDay(b) || a.version !== b.version || a.coreCount !== b.coreCount || a.name !== b.name;
}

/**
 * Authorizations `after` an import against `before` it, matched by kind and name (their key).
 * Each list keeps the order of the reading it comes from.
 */
export function diffAuthorizations(before: readonly ServerAuthorization[], after: readonly ServerAuthorization[]): AuthorizationDiff {
  const old = new Map(before.map((a) => [a.key, a]));
  const now = new Set(after.map((a) => a.key));
  const diff: AuthorizationDiff = { added: [], removed: before.filter((a) => !now.has(a.key)), changed: [], unchanged: 0 };
  for (const a of after) {
    const previous = old.get(a.key);
    if (!previous) diff.added.push(a);
    else if (differs(previous, a)) diff.changed.push({ before: previous, after: a });
    else diff.unchanged += 1;
  }
  return diff;
}

/** "expires Sep 15, 2028 (UTC)", "expires Oct 21, 2026 (server's date)" or "no expiry". */
export function expiryText(a: ServerAuthorization): string {
  if (a.expiration === undefined) return 'no expiry';
  return `expires ${formatExpiryDate(a.expiration, a.expirationDay)} (${a.expirationDay !== undefined ? 'server’s date' : 'UTC'})`;
}

function expiryOnly(a: ServerAuthorization): string {
  return a.expiration === undefined ? 'no expiry' : formatExpiryDate(a.expiration, a.expirationDay);
}

/** What changed, in words: "expires Oct 1, 2026 → Sep 15, 2028 (UTC); version 11.3 → 11.4; cores 4 → 8". */
export function changeText({ before, after }: ChangedAuthorization): string {
  const parts: string[] = [];
  if (expiryDay(before) !== expiryDay(after)) {
    const zone = after.expirationDay !== undefined || before.expirationDay !== undefined ? 'as the server wrote them' : 'UTC';
    parts.push(`expires ${expiryOnly(before)} → ${expiryOnly(after)} (${zone})`);
  }
  if (before.version !== after.version) parts.push(`version ${before.version ?? 'none'} → ${after.version ?? 'none'}`);
  if (before.coreCount !== after.coreCount) {
    const cores = (n: number | undefined) => (n !== undefined ? formatCount(n) : 'none');
    parts.push(`cores ${cores(before.coreCount)} → ${cores(after.coreCount)}`);
  }
  if (before.name !== after.name) parts.push(`now named ${after.name}`);
  return parts.join('; ');
}
