import { describe, expect, it } from 'vitest';
import { appendAudit, completeAudit, listAudit, pruneAudit, streamAudit, type AuditStart } from './audit';
import type { Store } from './engine';
import { portalId } from './portals';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

const DAY = 86_400_000;
const release = (at: number, target = 'jdoe'): AuditStart => ({
  portal,
  at,
  admin: 'admin',
  action: 'release-license',
  target,
  parameters: { appId: 'arcgisprodesktop' },
});

describe(`audit log (${TEST_ENGINE})`, () => {
  it('is written pending before the call and completed after, once', async () => {
    const id = await appendAudit(store, release(1_000));
    expect((await listAudit(store, { portal }, { offset: 0, limit: 10 })).entries).toEqual([
      { id, ...release(1_000), outcome: 'pending', portalMessages: [], durationMs: null },
    ]);
    await completeAudit(store, id, { outcome: 'failed', portalMessages: ['User jdoe has no license checked out.'], durationMs: 412.4 });
    const [entry] = (await listAudit(store, { portal }, { offset: 0, limit: 10 })).entries;
    expect(entry).toMatchObject({ outcome: 'failed', portalMessages: ['User jdoe has no license checked out.'], durationMs: 412 });
    await expect(completeAudit(store, id, { outcome: 'success', portalMessages: [], durationMs: 1 })).rejects.toThrow(/not pending/);
    expect((await listAudit(store, { portal }, { offset: 0, limit: 10 })).entries[0]?.outcome).toBe('failed');
  });

  it('never stores a secret, whatever the caller passes', async () => {
    await appendAudit(store, { ...release(1_000), action: 'sign-in', parameters: { username: 'admin', password: 'hunter2', portalToken: 'abc' } });
    const [entry] = (await listAudit(store, { portal }, { offset: 0, limit: 1 })).entries;
    expect(entry?.parameters).toEqual({ username: 'admin', password: '[redacted]', portalToken: '[redacted]' });
  });

  it('filters by action, admin, outcome and time, newest first, page by page', async () => {
    for (let day = 0; day < 10; day += 1) {
      const id = await appendAudit(store, { ...release(day * DAY, `member${day}`), admin: day % 2 ? 'alice' : 'bob' });
      await completeAudit(store, id, { outcome: day % 3 ? 'success' : 'failed', portalMessages: [], durationMs: 5 });
    }
    await appendAudit(store, { ...release(3 * DAY), action: 'sign-in' });

    const alice = await listAudit(store, { portal, admin: 'alice', actions: ['release-license'] }, { offset: 1, limit: 2 });
    expect(alice.total).toBe(5);
    expect(alice.entries.map((e) => e.target)).toEqual(['member7', 'member5']);

    const failedEarly = await listAudit(store, { portal, outcomes: ['failed'], from: 0, to: 6 * DAY }, { offset: 0, limit: 10 });
    expect(failedEarly.entries.map((e) => e.target)).toEqual(['member6', 'member3', 'member0']);

    const otherPortal = await listAudit(store, { portal: { ...portal, orgId: 'other' } }, { offset: 0, limit: 10 });
    expect(otherPortal).toEqual({ entries: [], total: 0 });
  });

  it('streams every matching entry, newest first, across read batches', async () => {
    // Written straight into the table, 500 a statement: 2,500 appends one by one would time the disk.
    const rows = 2_500;
    const portalRow = await portalId(store, portal);
    for (let start = 0; start < rows; start += 500) {
      const values = Array.from({ length: 500 }, (_, i) => ({
        portalId: portalRow,
        at: Math.floor((start + i) / 2),
        admin: 'admin',
        action: 'release-license',
        target: `member${start + i}`,
        parameters: '{}',
        outcome: 'success',
        portalMessages: '[]',
        durationMs: 5,
      }));
      await store.db.insertInto('auditEntries').values(values).execute();
    }
    await appendAudit(store, { ...release(0), action: 'sign-in' });
    const seen: { at: number; id: number }[] = [];
    for await (const entry of streamAudit(store, { portal, actions: ['release-license'] })) seen.push({ at: entry.at, id: entry.id });
    expect(seen).toHaveLength(rows);
    expect(new Set(seen.map((e) => e.id)).size).toBe(rows);
    const ordered = [...seen].sort((a, b) => b.at - a.at || b.id - a.id);
    expect(seen).toEqual(ordered);
  });

  it('prunes entries older than the retention, in every portal, and nothing newer', async () => {
    const now = 1_000 * DAY;
    await appendAudit(store, release(now - 401 * DAY, 'old'));
    await appendAudit(store, { ...release(now - 500 * DAY, 'older'), portal: { ...portal, orgId: 'other' } });
    await appendAudit(store, release(now - 399 * DAY, 'kept'));
    await appendAudit(store, release(now, 'today'));

    expect(await pruneAudit(store, 400, now)).toBe(2);
    expect((await listAudit(store, { portal }, { offset: 0, limit: 10 })).entries.map((e) => e.target)).toEqual(['today', 'kept']);
    expect(await pruneAudit(store, 400, now)).toBe(0);
  });
});
