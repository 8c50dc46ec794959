import { ENTITLEMENT_CATEGORIES, type EntitlementCategory } from '../licensing/license-model';
import { SNAPSHOT_SOURCES, type SnapshotSource } from '../licensing/snapshot';

// Text columns read back into the unions they were written from. A value outside the union means
// the database was written by something else: fail loudly rather than pass it on mistyped.

function member<T extends string>(allowed: readonly T[], column: string): (value: string) => T {
  const set = new Set<string>(allowed);
  const isMember = (value: string): value is T => set.has(value);
  return (value) => {
    if (isMember(value)) return value;
    throw new Error(`The store holds an unknown ${column} "${value}".`);
  };
}

export const asKind: (value: string) => EntitlementCategory = member(ENTITLEMENT_CATEGORIES, 'entitlement kind');
export const asSource: (value: string) => SnapshotSource = member(SNAPSHOT_SOURCES, 'snapshot source');

/** Parses a JSON column that holds an array of strings (portal messages). */
export function asStringList(value: string): string[] {
  const parsed: unknown = JSON.parse(value);
  if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  throw new Error('The store holds portal messages that are not a list of strings.');
}
