import { describe, expect, it } from 'vitest';
import { nextAttemptAt } from './alert-retry';

const MINUTE = 60_000;

describe('nextAttemptAt', () => {
  it('waits 1, then 2, 4, 8, 16 minutes, and makes the last try an hour after the first', () => {
    const first = 1_000_000;
    const offsets = [1, 2, 3, 4, 5, 6].map((attempts) => ((nextAttemptAt(first, attempts) ?? Number.NaN) - first) / MINUTE);
    expect(offsets).toEqual([1, 3, 7, 15, 31, 60]);
  });

  it('gives up after the try at one hour (7 attempts in all)', () => {
    expect(nextAttemptAt(0, 7)).toBeUndefined();
    expect(nextAttemptAt(0, 20)).toBeUndefined();
  });
});
