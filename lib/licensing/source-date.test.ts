import { describe, expect, it } from 'vitest';
import { formatExpiryDate } from '../view/dates';
import { calendarDayStart, sourceCalendarDay } from './source-date';

describe('sourceCalendarDay', () => {
  it('reads the day the server means, whatever its zone', () => {
    expect(sourceCalendarDay('Wed Oct 21 00:00:00 CEST 2026')).toBe('2026-10-21');
    expect(sourceCalendarDay('Wed Oct 21 00:00:00 EDT 2026')).toBe('2026-10-21');
    expect(sourceCalendarDay('Sat Jan 2 00:00:00 PST 2027')).toBe('2027-01-02');
    expect(sourceCalendarDay('Thu Dec 31 23:59:59 UTC 2026')).toBe('2026-12-31');
    expect(sourceCalendarDay('Mon Mar 01 00:00:00 GMT+05:30 2027')).toBe('2027-03-01');
  });

  it('gives nothing for a string it cannot read, so the caller falls back to UTC', () => {
    expect(sourceCalendarDay('2026-10-21')).toBeUndefined();
    expect(sourceCalendarDay('never')).toBeUndefined();
    expect(sourceCalendarDay('')).toBeUndefined();
    expect(sourceCalendarDay('Wed Foo 21 00:00:00 CEST 2026')).toBeUndefined();
    expect(sourceCalendarDay('Fri Feb 30 00:00:00 CET 2027')).toBeUndefined();
  });
});

describe('formatExpiryDate', () => {
  // 1792533600000 is 2026-10-20T22:00:00Z: midnight of Oct 21 in CEST.
  const CEST_MIDNIGHT = 1792533600000;

  it('shows the source day when the source gave one (the ArcGIS Server example)', () => {
    expect(formatExpiryDate(CEST_MIDNIGHT, sourceCalendarDay('Wed Oct 21 00:00:00 CEST 2026'))).toBe('Oct 21, 2026');
  });

  it('shows the UTC date otherwise, or when the source date could not be read', () => {
    expect(formatExpiryDate(CEST_MIDNIGHT)).toBe('Oct 20, 2026');
    expect(formatExpiryDate(CEST_MIDNIGHT, sourceCalendarDay('21/10/2026'))).toBe('Oct 20, 2026');
  });

  it('places a day at its midnight UTC', () => {
    expect(new Date(calendarDayStart('2026-10-21')).toISOString()).toBe('2026-10-21T00:00:00.000Z');
  });
});
