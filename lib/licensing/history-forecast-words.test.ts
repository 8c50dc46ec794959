import { describe, expect, it } from 'vitest';
import { forecastSeatLimit } from './forecast';
import { forecastWords, trendWords } from './history-forecast-words';

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 10, 30, 15, 0);
const points = (count: number, assigned: (offset: number) => number, purchased = 100) =>
  Array.from({ length: count }, (_, i) => ({
    day: Date.UTC(2026, 10, 30) + (i - count + 1) * DAY,
    seatsAssigned: assigned(i - count + 1),
    seatsPurchased: purchased,
  }));

describe('forecastWords', () => {
  it('dates a rising trend in UTC and states the method and its fit', () => {
    // 50 seats today, half a seat more a day: 100 is reached 100 days on.
    expect(
      forecastWords(
        forecastSeatLimit(
          points(90, (d) => 50 + d / 2),
          TODAY,
        ),
        TODAY,
      ),
    ).toEqual({
      summary: 'Reaches its limit of 100 seats on Mar 10, 2027 (UTC)',
      method: 'least squares over the last 90 days, R² 1.00, from 90 days',
      date: Date.UTC(2027, 2, 10),
    });
  });

  it('gives no date more than 10 years out, saying the trend is too slow', () => {
    // One seat every 100 days from 50: the line reaches 100 in about 14 years.
    expect(
      forecastWords(
        forecastSeatLimit(
          points(90, (d) => 50 + d / 100),
          TODAY,
        ),
        TODAY,
      ),
    ).toEqual({
      summary: 'Rising too slowly to reach its limit of 100 seats within 10 years',
      method: 'least squares over the last 90 days, R² 1.00, from 90 days',
    });
  });

  it('gives no date from a weak fit: a wobble around a flat line is not a trend', () => {
    // 50 seats give or take 3, with a slight rise: the line explains almost none of the day-to-day moves.
    const wobble = (d: number) => 50 + ((d * 7919) % 7) - 3 + (d > -10 ? 1 : 0);
    const forecast = forecastSeatLimit(points(90, wobble), TODAY);
    expect(forecast.kind).toBe('reaches-limit');
    const words = forecastWords(forecast, TODAY);
    expect(words.date).toBeUndefined();
    expect(words.summary).toBe('No clear trend: seats in use vary more than they rise, so no date is forecast (a date needs R² ≥ 0.30)');
    expect(words.method).toMatch(/^least squares over the last 90 days, R² 0\.[0-2]\d, from 90 days$/);
  });

  it('says "not rising" for a flat or falling trend, with no date', () => {
    for (const assigned of [() => 40, (d: number) => 40 - d]) {
      const words = forecastWords(forecastSeatLimit(points(30, assigned), TODAY), TODAY);
      expect(words.summary).toBe('Not rising: no date to forecast');
      expect(words.date).toBeUndefined();
      expect(words.method).toMatch(/^least squares over the last 90 days, R² \d\.\d\d, from 30 days$/);
    }
  });

  it('says "not enough data" under 7 distinct days', () => {
    expect(
      forecastWords(
        forecastSeatLimit(
          points(6, (d) => 50 + d),
          TODAY,
        ),
        TODAY,
      ),
    ).toEqual({
      summary: 'Not enough data: 6 distinct days in the last 90, at least 7 needed',
    });
  });

  it('says an entitlement at its limit is there already, never a past date', () => {
    const words = forecastWords(
      forecastSeatLimit(
        points(30, () => 100),
        TODAY,
      ),
      TODAY,
    );
    expect(words.summary).toBe('At its limit of 100 seats already');
    expect(words.date).toBeUndefined();
  });
});

describe('trendWords', () => {
  it('signs the change and names the span', () => {
    expect(trendWords(12, 90)).toBe('+12 seats in 90 days');
    expect(trendWords(-1, 89)).toBe('−1 seat in 89 days');
    expect(trendWords(0, 1)).toBe('no change in 1 day');
  });
});
