import { describe, expect, it } from 'vitest';
import { batches, batchOutcomes, BATCH_SIZE } from './member-results';

describe('batches', () => {
  it('cuts 60 members into 25, 25 and 10, in order', () => {
    const names = Array.from({ length: 60 }, (_, i) => `m${i}`);
    const cut = batches(names);
    expect(cut.map((b) => b.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 10]);
    expect(cut.flat()).toEqual(names);
    expect(batches([])).toEqual([]);
  });
});

describe('batchOutcomes', () => {
  it('reads per-member results: done only on that member success, failed with the portal words, missing = unknown', () => {
    const outcomes = batchOutcomes(['a', 'B', 'c', 'd', 'e'], {
      kind: 'answered',
      results: [
        { username: 'a', success: true },
        { username: 'b', success: false, error: { message: "User type 'Viewer' is not compatible with the role of user 'b'.", details: [] } },
        { username: 'd', status: 'success' },
        { username: 'e', status: 'failed', error: { message: 'No licenses are available.', details: ['Creator: 0 free'] } },
      ],
    });
    expect(outcomes).toEqual([
      { username: 'a', status: 'done' },
      { username: 'B', status: 'failed', reason: "User type 'Viewer' is not compatible with the role of user 'b'." },
      { username: 'c', status: 'unknown', reason: expect.stringMatching(/without a result/) },
      { username: 'd', status: 'done' },
      { username: 'e', status: 'failed', reason: 'No licenses are available. Creator: 0 free' },
    ]);
  });

  it('a batch answered only with success:true is done for each member', () => {
    expect(batchOutcomes(['a', 'b'], { kind: 'answered', success: true }).map((o) => o.status)).toEqual(['done', 'done']);
  });

  it('an answer that says nothing is unknown, not done', () => {
    expect(batchOutcomes(['a'], { kind: 'answered' })[0]?.status).toBe('unknown');
  });

  it('a refused call fails every member with the portal words', () => {
    const outcomes = batchOutcomes(['a', 'b'], { kind: 'refused', message: 'None of the specified users can be disconnected.', details: ['b'] });
    expect(outcomes).toEqual([
      { username: 'a', status: 'failed', reason: 'None of the specified users can be disconnected. b' },
      { username: 'b', status: 'failed', reason: 'None of the specified users can be disconnected. b' },
    ]);
  });

  it('a dropped connection leaves every member of the batch unknown, to be checked before trying again', () => {
    const outcomes = batchOutcomes(['a', 'b'], { kind: 'dropped', reason: 'socket hang up' });
    expect(outcomes.every((o) => o.status === 'unknown' && o.reason.includes('check this member before trying again'))).toBe(true);
  });
});
