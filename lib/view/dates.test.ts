import { describe, expect, it } from 'vitest';
import { formatDaysFromNow, formatPercent, formatUtcDate } from './dates';
import { DAY_MS } from '../licensing/expiry-buckets';

describe('dates and numbers', () => {
  it('shows a midnight-UTC expiry as its UTC date, whatever the local zone', () => {
    expect(formatUtcDate(1761091200000)).toBe('Oct 22, 2025');
  });

  it('counts days in UTC calendar days', () => {
    const now = Date.UTC(2026, 10, 23, 23, 0);
    expect(formatDaysFromNow(Date.UTC(2026, 10, 24), now)).toBe('in 1 day');
    expect(formatDaysFromNow(now + 30 * 60_000, now)).toBe('today');
    expect(formatDaysFromNow(Date.UTC(2026, 10, 20), now)).toBe('3 days ago');
    expect(formatDaysFromNow(Date.UTC(2026, 10, 23) + 12 * DAY_MS, now)).toBe('in 12 days');
  });

  it('keeps one decimal under 10% and none for whole numbers', () => {
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0.0075)).toBe('0.8%');
    expect(formatPercent(0.265)).toBe('27%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1.2)).toBe('120%');
  });
});
