import { describe, expect, it } from 'vitest';
import { tryAcquireCollectorLock } from './collector-lock';
import type { Store } from './engine';
import { clearSignInFailures, pruneSignInFailures, readSignInFailures, recordSignInFailure } from './sign-in-failures';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let first: Store;
let second: Store;

// Two connections to one database, as two dashboard instances would have.
openStoresPerTest(2, ([a, b]) => {
  if (!a || !b) throw new Error('two stores were opened');
  [first, second] = [a, b];
});

const HOUR = 3_600_000;

describe(`collector lock (${TEST_ENGINE})`, () => {
  it('goes to exactly one of two instances asking at once', async () => {
    const results = await Promise.all([
      tryAcquireCollectorLock(first, portal, 'instance-a', HOUR, 0),
      tryAcquireCollectorLock(second, portal, 'instance-b', HOUR, 0),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('is renewed by its holder, refused to others until the lease ends, then taken over', async () => {
    expect(await tryAcquireCollectorLock(first, portal, 'a', HOUR, 0)).toBe(true);
    expect(await tryAcquireCollectorLock(second, portal, 'b', HOUR, HOUR - 1)).toBe(false);
    expect(await tryAcquireCollectorLock(first, portal, 'a', HOUR, HOUR - 1)).toBe(true);
    expect(await tryAcquireCollectorLock(second, portal, 'b', HOUR, 2 * HOUR - 2)).toBe(false);
    expect(await tryAcquireCollectorLock(second, portal, 'b', HOUR, 2 * HOUR - 1)).toBe(true);
    expect(await tryAcquireCollectorLock(first, portal, 'a', HOUR, 2 * HOUR)).toBe(false);
  });

  it('is held per portal', async () => {
    expect(await tryAcquireCollectorLock(first, portal, 'a', HOUR, 0)).toBe(true);
    expect(await tryAcquireCollectorLock(second, { ...portal, url: 'https://other.example.com/portal' }, 'b', HOUR, 0)).toBe(true);
  });
});

describe(`sign-in failure counters (${TEST_ENGINE})`, () => {
  const FORGET = 15 * 60_000;

  it('count across instances, are forgotten after the window, and cleared by a success', async () => {
    expect(await recordSignInFailure(first, portal, 'user:jdoe', FORGET, 1_000)).toEqual({ failures: 1, lastFailure: 1_000 });
    expect(await recordSignInFailure(second, portal, 'user:jdoe', FORGET, 2_000)).toEqual({ failures: 2, lastFailure: 2_000 });
    await Promise.all([
      recordSignInFailure(first, portal, 'user:jdoe', FORGET, 3_000),
      recordSignInFailure(second, portal, 'user:jdoe', FORGET, 3_000),
    ]);
    const counts = await readSignInFailures(first, portal, ['user:jdoe', 'client:10.0.0.1'], FORGET, 4_000);
    expect(Object.fromEntries(counts)).toEqual({ 'user:jdoe': { failures: 4, lastFailure: 3_000 } });

    expect((await readSignInFailures(second, portal, ['user:jdoe'], FORGET, 3_000 + FORGET + 1)).size).toBe(0);
    expect(await recordSignInFailure(second, portal, 'user:jdoe', FORGET, 3_000 + FORGET + 1)).toEqual({
      failures: 1,
      lastFailure: 3_000 + FORGET + 1,
    });

    await recordSignInFailure(first, portal, 'client:10.0.0.1', FORGET, 5_000);
    await clearSignInFailures(second, portal, ['user:jdoe']);
    expect([...(await readSignInFailures(first, portal, ['user:jdoe', 'client:10.0.0.1'], FORGET, 5_000)).keys()]).toEqual(['client:10.0.0.1']);
  });

  it('prunes counters older than a time', async () => {
    await recordSignInFailure(first, portal, 'client:a', FORGET, 1_000);
    await recordSignInFailure(first, portal, 'client:b', FORGET, 9_000);
    expect(await pruneSignInFailures(second, 5_000)).toBe(1);
    expect([...(await readSignInFailures(first, portal, ['client:a', 'client:b'], FORGET, 9_000)).keys()]).toEqual(['client:b']);
  });
});
