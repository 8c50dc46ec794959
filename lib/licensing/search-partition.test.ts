import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createdQuery, pageStarts, partitionStep, SEARCH_WINDOW, splitRange, type CountedRange, type CreatedRange } from './search-partition';

// The plan must reach every member: ranges that cover the whole span exactly once, each read only
// when its count is under the window.

/** Counts of a made-up organization: `created` times, counted per range as users/search would (capped). */
function counter(created: readonly number[]) {
  return (range: CreatedRange): CountedRange => ({
    ...range,
    total: Math.min(SEARCH_WINDOW, created.filter((t) => t >= range.from && t <= range.to).length),
  });
}

function plan(created: readonly number[], span: CreatedRange) {
  const count = counter(created);
  let pending = [span];
  const read: CountedRange[] = [];
  const unsplittable: CountedRange[] = [];
  for (let round = 0; pending.length > 0 && round < 100; round += 1) {
    const step = partitionStep(pending.map(count));
    read.push(...step.read);
    unsplittable.push(...step.unsplittable);
    pending = step.count;
  }
  return { read, unsplittable };
}

describe('createdQuery', () => {
  it('writes both ends as 19-digit epoch milliseconds, inclusive', () => {
    expect(createdQuery({ from: 1_249_084_800_000, to: 1_249_548_000_000 })).toBe('created:[0000001249084800000 TO 0000001249548000000]');
  });
});

describe('splitRange', () => {
  it('covers the range exactly, in adjoining pieces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e12 }), fc.integer({ min: 0, max: 1e11 }), (from, length) => {
        const pieces = splitRange({ from, to: from + length });
        expect(pieces[0]?.from).toBe(from);
        expect(pieces.at(-1)?.to).toBe(from + length);
        pieces.slice(1).forEach((piece, i) => expect(piece.from).toBe((pieces[i] as CreatedRange).to + 1));
        expect(pieces.length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('leaves a single millisecond as it is', () => {
    expect(splitRange({ from: 5, to: 5 })).toEqual([{ from: 5, to: 5 }]);
  });
});

describe('partitionStep', () => {
  it('reads ranges under the window, cuts full ones, drops empty ones', () => {
    const step = partitionStep([
      { from: 0, to: 99, total: 9_999 },
      { from: 100, to: 199, total: 10_000 },
      { from: 200, to: 299, total: 0 },
      { from: 300, to: 300, total: 10_000 },
    ]);
    expect(step.read).toEqual([{ from: 0, to: 99, total: 9_999 }]);
    expect(step.count).toEqual(splitRange({ from: 100, to: 199 }));
    expect(step.unsplittable).toEqual([{ from: 300, to: 300, total: 10_000 }]);
  });

  it('reaches all 50,000 members of an organization in ranges under the window, each member in one range', () => {
    const day = 86_400_000;
    const created = Array.from({ length: 50_000 }, (_, n) => 1.7e12 - (30 + (n % 2_900)) * day + (n % 86_400) * 1_000);
    const { read, unsplittable } = plan(created, { from: 0, to: 1.8e12 });
    expect(unsplittable).toEqual([]);
    expect(read.every((r) => r.total < SEARCH_WINDOW)).toBe(true);
    expect(read.reduce((sum, r) => sum + r.total, 0)).toBe(50_000);
  });

  it('any organization: the read ranges hold every member exactly once, or the plan names what it cannot split', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 30_000 }), (created) => {
        const { read, unsplittable } = plan(created, { from: 0, to: 1_000 });
        expect(read.reduce((sum, r) => sum + r.total, 0) + unsplittable.reduce((sum, r) => sum + r.total, 0)).toBeLessThanOrEqual(created.length);
        if (unsplittable.length === 0) expect(read.reduce((sum, r) => sum + r.total, 0)).toBe(created.length);
      }),
      { numRuns: 20 },
    );
  });

  it('names a millisecond holding more than the window', () => {
    const created = Array.from({ length: 10_001 }, () => 42);
    expect(plan(created, { from: 0, to: 100 }).unsplittable).toEqual([{ from: 42, to: 42, total: 10_000 }]);
  });
});

describe('pageStarts', () => {
  it('pages a range 100 at a time', () => {
    expect(pageStarts(250, 100)).toEqual([1, 101, 201]);
    expect(pageStarts(0, 100)).toEqual([]);
  });

  it('stops at the search window, unless told there is none (a listing)', () => {
    expect(pageStarts(50_000, 100).at(-1)).toBe(9_901);
    expect(pageStarts(16_667, 100, Infinity).at(-1)).toBe(16_601);
  });
});
