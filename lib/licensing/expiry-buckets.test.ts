import { describe, expect, it } from 'vitest';
import { countByStatus, DAY_MS, daysUntil, expiredItems, expiryStatus, soonestUpcoming } from './expiry-buckets';

// 2026-11-23 10:30 UTC
const now = Date.UTC(2026, 10, 23, 10, 30);
const midnight = (days: number) => Date.UTC(2026, 10, 23) + days * DAY_MS;

describe('expiryStatus', () => {
  it('is expired once the moment has passed, including earlier today and yesterday', () => {
    expect(expiryStatus(midnight(0), now)).toBe('expired');
    expect(expiryStatus(midnight(-1), now)).toBe('expired');
    expect(expiryStatus(now, now)).toBe('expired');
  });

  it('counts later today as within 30 days (0 days left)', () => {
    expect(expiryStatus(now + 60_000, now)).toBe('within30');
    expect(daysUntil(now + 60_000, now)).toBe(0);
  });

  it('puts exactly 30 days in the 30-day bucket and 31 in the 90-day bucket', () => {
    expect(expiryStatus(midnight(30), now)).toBe('within30');
    expect(expiryStatus(now + 30 * DAY_MS, now)).toBe('within30');
    expect(expiryStatus(midnight(31), now)).toBe('within90');
  });

  it('puts exactly 90 days in the 90-day bucket and 91 later', () => {
    expect(expiryStatus(midnight(90), now)).toBe('within90');
    expect(expiryStatus(midnight(91), now)).toBe('later');
  });

  it('says none without a date', () => {
    expect(expiryStatus(undefined, now)).toBe('none');
  });
});

describe('lists', () => {
  const items = [
    { id: 'later', expiration: midnight(200) },
    { id: 'gone', expiration: midnight(-3) },
    { id: 'soon', expiration: midnight(9) },
    { id: 'undated' },
    { id: 'gone-longer', expiration: midnight(-12) },
  ];

  it('finds the soonest upcoming and the expired, oldest first', () => {
    expect(soonestUpcoming(items, now)?.id).toBe('soon');
    expect(expiredItems(items, now).map((i) => i.id)).toEqual(['gone-longer', 'gone']);
    expect(soonestUpcoming([{ expiration: midnight(-1) }], now)).toBeUndefined();
  });

  it('counts every item in exactly one status', () => {
    expect(countByStatus(items, now)).toEqual({ expired: 2, within30: 1, within90: 0, later: 1, none: 1 });
  });
});
