export const DAY_MS = 86_400_000;

export type ExpiryStatus = 'expired' | 'within30' | 'within90' | 'later' | 'none';

export const EXPIRY_LABELS: Record<ExpiryStatus, string> = {
  expired: 'Expired',
  within30: '≤ 30 days',
  within90: '≤ 90 days',
  later: 'Later',
  none: 'No expiry',
};

function utcDay(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/**
 * Whole UTC calendar days from today to the expiry date. Licenses expire at midnight GMT,
 * so counting calendar days in UTC keeps "in 30 days" the same in every time zone.
 */
export function daysUntil(expiration: number, now: number): number {
  return utcDay(expiration) - utcDay(now);
}

export function expiryStatus(expiration: number | undefined, now: number): ExpiryStatus {
  if (expiration === undefined) return 'none';
  if (expiration <= now) return 'expired';
  const days = daysUntil(expiration, now);
  if (days <= 30) return 'within30';
  if (days <= 90) return 'within90';
  return 'later';
}

export interface Expiring {
  expiration?: number;
}

/** Items that carry a date, soonest first; items without one are left out. */
export function byExpiration<T extends Expiring>(items: readonly T[]): (T & { expiration: number })[] {
  return items.filter((item): item is T & { expiration: number } => item.expiration !== undefined).sort((a, b) => a.expiration - b.expiration);
}

export function expiredItems<T extends Expiring>(items: readonly T[], now: number): (T & { expiration: number })[] {
  return byExpiration(items).filter((item) => item.expiration <= now);
}

/** The next expiration still ahead, or undefined when nothing left expires. */
export function soonestUpcoming<T extends Expiring>(items: readonly T[], now: number): (T & { expiration: number }) | undefined {
  return byExpiration(items).find((item) => item.expiration > now);
}

export function countByStatus<T extends Expiring>(items: readonly T[], now: number): Record<ExpiryStatus, number> {
  const counts: Record<ExpiryStatus, number> = { expired: 0, within30: 0, within90: 0, later: 0, none: 0 };
  for (const item of items) counts[expiryStatus(item.expiration, now)] += 1;
  return counts;
}
