import { describe, expect, it } from 'vitest';
import { expirationMarkers, historyMarkers, importMarkers } from './history-markers';
import type { DayPoint, EntitlementSeries } from './history-series';

const DAY = 86_400_000;
const day = (offset: number) => Date.UTC(2026, 10, 1) + offset * DAY;
const EXPIRES = Date.UTC(2027, 0, 31);
const RENEWED = Date.UTC(2028, 0, 31);

function series(days: Partial<DayPoint>[]): EntitlementSeries {
  return {
    id: 'creatorUT',
    kind: 'userType',
    days: days.map((d, i) => ({ day: day(i), seatsAssigned: 10, seatsPurchased: 50, expiresAt: EXPIRES, synthetic: false, ...d })),
  };
}

describe('importMarkers', () => {
  it('marks nothing while seats purchased and the expiration hold', () => {
    expect(importMarkers(series([{}, { seatsAssigned: 30 }, {}]))).toEqual([]);
  });

  it('marks the day seats purchased changed, with both figures', () => {
    expect(importMarkers(series([{}, {}, { seatsPurchased: 75 }]))).toEqual([
      { day: day(2), kind: 'import', text: 'License changed: seats purchased 50 seats → 75 seats' },
    ]);
  });

  it('marks a renewal (the expiration moved) and a change of both on one day once', () => {
    expect(importMarkers(series([{}, { expiresAt: RENEWED, seatsPurchased: 1 }]))).toEqual([
      {
        day: day(1),
        kind: 'import',
        text: 'License changed: seats purchased 50 seats → 1 seat, expiration Jan 31, 2027 → Jan 31, 2028 (UTC)',
      },
    ]);
  });
});

describe('expirationMarkers', () => {
  it('marks each expiration date inside the range once, none outside it', () => {
    const renewed = series([{}, {}, { expiresAt: RENEWED }]);
    expect(expirationMarkers(renewed, day(0), EXPIRES)).toEqual([{ day: EXPIRES, kind: 'expiration', text: 'Expires Jan 31, 2027 (UTC)' }]);
    expect(expirationMarkers(renewed, day(0), day(10))).toEqual([]);
  });

  it('ignores entitlements without an expiration', () => {
    expect(expirationMarkers(series([{ expiresAt: null }]), 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });
});

describe('historyMarkers', () => {
  it('lists imports and expirations by day', () => {
    const marks = historyMarkers(series([{ expiresAt: day(1) }, { expiresAt: day(1) }, { expiresAt: EXPIRES }]), day(0), EXPIRES);
    expect(marks.map((m) => [m.day, m.kind])).toEqual([
      [day(1), 'expiration'],
      [day(2), 'import'],
      [EXPIRES, 'expiration'],
    ]);
  });
});
