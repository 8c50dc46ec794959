import { describe, expect, it } from 'vitest';
import { deleteCollectorGrant, readCollectorGrant, replaceCollectorToken, saveCollectorGrant, type CollectorGrant } from './collector-grants';
import type { Store } from './engine';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let first: Store;
let second: Store;

openStoresPerTest(2, ([a, b]) => {
  if (!a || !b) throw new Error('two stores were opened');
  [first, second] = [a, b];
});

const grant: CollectorGrant = {
  username: 'collector.admin',
  grantedBy: 'admin',
  grantedAt: 1_000,
  sealed: 'sealed-1',
  refreshExpires: 90 * 86_400_000,
  updatedAt: 1_000,
};

describe(`collector grants (${TEST_ENGINE})`, () => {
  it('keep one grant per portal, the latest replacing the earlier, seen by every instance', async () => {
    expect(await readCollectorGrant(first, portal)).toBeUndefined();
    await saveCollectorGrant(first, portal, grant);
    await saveCollectorGrant(first, portal, { ...grant, username: 'other.admin', sealed: 'sealed-2', refreshExpires: null });
    expect(await readCollectorGrant(second, portal)).toEqual({ ...grant, username: 'other.admin', sealed: 'sealed-2', refreshExpires: null });
    expect(await readCollectorGrant(second, { ...portal, url: 'https://other.example.com/portal' })).toBeUndefined();
  });

  it('take an exchanged refresh token only while the grant still holds the one it replaced', async () => {
    await saveCollectorGrant(first, portal, grant);
    const next = { sealed: 'sealed-2', refreshExpires: 2 * grant.refreshExpires!, updatedAt: 2_000 };
    expect(await replaceCollectorToken(first, portal, 'sealed-1', next)).toBe(true);
    expect(await readCollectorGrant(second, portal)).toEqual({ ...grant, ...next });
    // An instance still holding the old token (or a grant given again meanwhile) writes nothing.
    expect(await replaceCollectorToken(second, portal, 'sealed-1', { ...next, sealed: 'sealed-3' })).toBe(false);
    expect((await readCollectorGrant(first, portal))?.sealed).toBe('sealed-2');
  });

  it('are removed once: the removed grant comes back to the caller, then nothing', async () => {
    await saveCollectorGrant(first, portal, grant);
    expect(await deleteCollectorGrant(first, portal)).toEqual(grant);
    expect(await deleteCollectorGrant(second, portal)).toBeUndefined();
    expect(await readCollectorGrant(second, portal)).toBeUndefined();
    expect(await replaceCollectorToken(first, portal, 'sealed-1', { sealed: 'x', refreshExpires: null, updatedAt: 3 })).toBe(false);
    expect(await readCollectorGrant(first, portal)).toBeUndefined();
  });
});
