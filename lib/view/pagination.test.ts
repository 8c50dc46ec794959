import { describe, expect, it } from 'vitest';
import { filterByWords, pageOf } from './pagination';

const rows = Array.from({ length: 120 }, (_, i) => i + 1);

describe('pageOf', () => {
  it('cuts rows into pages with 1-based positions', () => {
    expect(pageOf(rows, 1, 50)).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50, total: 120 });
    const third = pageOf(rows, 3, 50);
    expect(third).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(third.rows).toHaveLength(20);
  });

  it('clamps a page past the end (rows released meanwhile) and before the start', () => {
    expect(pageOf(rows.slice(0, 60), 3, 50).page).toBe(2);
    expect(pageOf(rows, 0, 50).page).toBe(1);
  });

  it('has one empty page without rows', () => {
    expect(pageOf([], 4, 50)).toEqual({ rows: [], page: 1, pageCount: 1, first: 0, last: 0, total: 0 });
  });
});

describe('filterByWords', () => {
  const members = ['jdoe ArcGIS Pro', 'achen ArcGIS Drone2Map', 'jdoe2 ArcGIS Drone2Map'];
  it('keeps rows containing every word, ignoring case', () => {
    expect(filterByWords(members, 'JDOE drone', (m) => m)).toEqual(['jdoe2 ArcGIS Drone2Map']);
    expect(filterByWords(members, '  ', (m) => m)).toEqual(members);
  });
});
