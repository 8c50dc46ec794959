import { describe, expect, it } from 'vitest';
import { displayDay, groupByDay } from './timeline';

const DAY = 86_400_000;
const DEC_14 = Date.UTC(2026, 11, 14);

describe('grouping expirations by day', () => {
  it('puts items of the same UTC day under one day, days in order, items in their order', () => {
    const items = [
      { key: 'a', expiration: DEC_14 },
      { key: 'b', expiration: DEC_14 + 5 * 3_600_000 },
      { key: 'c', expiration: DEC_14 + DAY },
      { key: 'd', expiration: DEC_14 },
    ];
    expect(groupByDay(items).map((g) => [g.day, g.rows.map((r) => r.key)])).toEqual([
      ['2026-12-14', ['a', 'b', 'd']],
      ['2026-12-15', ['c']],
    ]);
  });

  it('groups an item under the day its source wrote, not its UTC date', () => {
    // "Wed Oct 21 00:00:00 CEST 2026" is Oct 20, 22:00 UTC: the server means Oct 21.
    const server = { key: 'server', expiration: Date.UTC(2026, 9, 20, 22), expirationDay: '2026-10-21' };
    const org = { key: 'org', expiration: Date.UTC(2026, 9, 21) };
    const earlier = { key: 'earlier', expiration: Date.UTC(2026, 9, 20) };
    expect(displayDay(server)).toBe('2026-10-21');
    expect(groupByDay([earlier, server, org]).map((g) => [g.day, g.rows.map((r) => r.key)])).toEqual([
      ['2026-10-20', ['earlier']],
      ['2026-10-21', ['server', 'org']],
    ]);
  });

  it('is empty for no items', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
