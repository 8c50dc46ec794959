import { describe, expect, it } from 'vitest';
import { forecastSeatLimit, type DailySeats } from './forecast';

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 10, 30, 15, 0);
const dayStart = (offset: number) => Date.UTC(2026, 10, 30) + offset * DAY;

/** Points for the `count` days ending today, seats from `assigned(dayOffset)` (offset ≤ 0). */
function series(count: number, assigned: (offset: number) => number, purchased: (offset: number) => number = () => 100): DailySeats[] {
  return Array.from({ length: count }, (_, i) => {
    const offset = i - count + 1;
    return { day: dayStart(offset) + 3_600_000, seatsAssigned: assigned(offset), seatsPurchased: purchased(offset) };
  });
}

describe('forecastSeatLimit', () => {
  it('dates a rising trend where its line reaches the limit, with the fit', () => {
    // 50 seats today, one more a day: 100 is reached in 50 days.
    const forecast = forecastSeatLimit(
      series(30, (d) => 50 + d),
      TODAY,
    );
    expect(forecast).toEqual({ kind: 'reaches-limit', date: dayStart(50), limit: 100, fit: { slopePerDay: 1, rSquared: 1, days: 30 } });
  });

  it('states a noisy fit honestly', () => {
    const forecast = forecastSeatLimit(
      series(60, (d) => 40 + Math.round(d / 2) + (d % 3 === 0 ? 4 : 0)),
      TODAY,
    );
    expect(forecast.kind).toBe('reaches-limit');
    if (forecast.kind !== 'reaches-limit') return;
    expect(forecast.fit.slopePerDay).toBeCloseTo(0.5, 1);
    expect(forecast.fit.rSquared).toBeGreaterThan(0.8);
    expect(forecast.fit.rSquared).toBeLessThan(1);
  });

  it('gives no date for a flat or a falling trend', () => {
    expect(
      forecastSeatLimit(
        series(20, () => 60),
        TODAY,
      ),
    ).toEqual({ kind: 'not-rising', fit: { slopePerDay: 0, rSquared: 1, days: 20 } });
    expect(
      forecastSeatLimit(
        series(20, (d) => 40 - d),
        TODAY,
      ).kind,
    ).toBe('not-rising');
  });

  it('says "not enough data" under 7 distinct days, however many points', () => {
    const sixDays = series(6, (d) => 50 + d);
    const twiceADay = [...sixDays, ...sixDays.map((p) => ({ ...p, day: p.day + 6 * 3_600_000 }))];
    expect(forecastSeatLimit(twiceADay, TODAY)).toEqual({ kind: 'not-enough-data', days: 6 });
    expect(forecastSeatLimit([], TODAY)).toEqual({ kind: 'not-enough-data', days: 0 });
    expect(
      forecastSeatLimit(
        series(7, (d) => 50 + d),
        TODAY,
      ).kind,
    ).toBe('reaches-limit');
  });

  it('fits only the last 90 days', () => {
    // A year of falling seats, then 90 days rising: only the rise counts.
    const forecast = forecastSeatLimit(
      series(365, (d) => (d < -89 ? 90 + Math.round(d / 10) : 10 + d + 89)),
      TODAY,
    );
    expect(forecast.kind).toBe('reaches-limit');
    if (forecast.kind === 'reaches-limit') expect(forecast.fit.days).toBe(90);
  });

  it('never dates the past: a line that crossed already but seats still under the limit says today', () => {
    // Steep rise, then the last day dips to 99 of 100: the line crossed yesterday.
    const forecast = forecastSeatLimit(
      series(10, (d) => (d === 0 ? 99 : 100 + d * 10 + 10)),
      TODAY,
    );
    expect(forecast.kind).toBe('reaches-limit');
    if (forecast.kind === 'reaches-limit') expect(forecast.date).toBe(dayStart(0));
  });

  it('reports a limit already reached', () => {
    expect(
      forecastSeatLimit(
        series(10, () => 100),
        TODAY,
      ).kind,
    ).toBe('at-limit');
  });

  it('uses the latest seat limit when it changed mid-range', () => {
    // Seats rise one a day to 80 today; the limit was 50, raised to 200 thirty days ago.
    const forecast = forecastSeatLimit(
      series(
        60,
        (d) => 80 + d,
        (d) => (d < -30 ? 50 : 200),
      ),
      TODAY,
    );
    expect(forecast).toMatchObject({ kind: 'reaches-limit', limit: 200, date: dayStart(120) });
    // Lowered below what is assigned: at the limit now.
    expect(
      forecastSeatLimit(
        series(
          60,
          (d) => 80 + d,
          (d) => (d < -30 ? 200 : 75),
        ),
        TODAY,
      ),
    ).toMatchObject({ kind: 'at-limit', limit: 75 });
  });

  it('ignores points after today', () => {
    const future = { day: dayStart(5), seatsAssigned: 0, seatsPurchased: 100 };
    expect(forecastSeatLimit([...series(30, (d) => 50 + d), future], TODAY)).toMatchObject({ kind: 'reaches-limit', date: dayStart(50) });
  });
});
