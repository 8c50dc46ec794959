import { describe, expect, it } from 'vitest';
import { dailySeries, daysFrom, rangeStart, seatChange, type StoredSeats, type StoredSeries } from './history-series';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 15, 0);
const at = (offset: number, hour = 6) => Date.UTC(2026, 10, 30) + offset * DAY + hour * 3_600_000;
const point = (takenAt: number, seatsAssigned: number, seatsPurchased = 50): StoredSeats => ({
  takenAt,
  seatsAssigned,
  seatsPurchased,
  expiresAt: null,
});
const stored = (id: string, points: StoredSeats[]): StoredSeries => ({ id, kind: 'userType', points });

describe('rangeStart', () => {
  it('starts each range at the start of a UTC day, counting today as its last day', () => {
    expect(rangeStart('30d', NOW)).toBe(Date.UTC(2026, 10, 1));
    expect(rangeStart('90d', NOW)).toBe(Date.UTC(2026, 8, 2));
    expect(rangeStart('1y', NOW)).toBe(Date.UTC(2025, 11, 1));
    expect(rangeStart('all', NOW)).toBe(0);
  });
});

describe('dailySeries', () => {
  it('keeps one point a UTC day per entitlement, the day’s last, marking the demo seed’s as synthetic', () => {
    const sources = new Map([
      [at(-1), 'demo-seed' as const],
      [at(0, 1), 'overview' as const],
      [at(0, 9), 'collector' as const],
    ]);
    const series = dailySeries([stored('creatorUT', [point(at(-1), 10), point(at(0, 1), 11), point(at(0, 9), 12)])], sources);
    expect(series).toEqual([
      {
        id: 'creatorUT',
        kind: 'userType',
        days: [
          { day: Date.UTC(2026, 10, 29), seatsAssigned: 10, seatsPurchased: 50, expiresAt: null, synthetic: true },
          { day: Date.UTC(2026, 10, 30), seatsAssigned: 12, seatsPurchased: 50, expiresAt: null, synthetic: false },
        ],
      },
    ]);
  });

  it('orders entitlements as asked, the rest by name', () => {
    const series = ['viewerUT', 'creatorUT', 'GISProfessionalAdvUT'].map((id) => stored(id, [point(at(0), 1)]));
    expect(dailySeries(series, new Map(), ['viewerUT']).map((s) => s.id)).toEqual(['viewerUT', 'creatorUT', 'GISProfessionalAdvUT']);
  });
});

describe('daysFrom and seatChange', () => {
  const [series] = dailySeries(
    [
      stored(
        'creatorUT',
        Array.from({ length: 120 }, (_, i) => point(at(i - 119), i)),
      ),
    ],
    new Map(),
  );

  it('cuts a series to a range', () => {
    expect(series && daysFrom(series, rangeStart('30d', NOW)).days.map((d) => d.seatsAssigned)).toEqual(Array.from({ length: 30 }, (_, i) => 90 + i));
  });

  it('counts the change over the last 90 days from the first and last day in them', () => {
    expect(series && seatChange(series, NOW)).toEqual({ change: 89, days: 89 });
  });

  it('has no change with fewer than two days', () => {
    const [one] = dailySeries([stored('creatorUT', [point(at(0), 5)])], new Map());
    expect(one && seatChange(one, NOW)).toBeUndefined();
  });
});
