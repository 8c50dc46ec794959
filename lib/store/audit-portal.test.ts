import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit, portalOfUrl, streamAudit } from './audit';
import type { Store } from './engine';
import { portalId } from './portals';
import { portal } from './test-fixtures';
import { openStoresPerTest, TEST_ENGINE } from './test-store';

let store: Store;

openStoresPerTest(1, ([opened]) => {
  if (!opened) throw new Error('a store was opened');
  store = opened;
});

describe(`portalOfUrl (${TEST_ENGINE})`, () => {
  it('a URL never signed in to: the URL with no organization', async () => {
    expect(await portalOfUrl(store, `${portal.url}/`)).toEqual({ url: portal.url, orgId: '' });
  });

  it('a URL whose organization is known: that organization, not the empty one', async () => {
    await portalId(store, { url: portal.url, orgId: '' });
    await portalId(store, portal);
    await portalId(store, { url: 'https://other.example.com/portal', orgId: 'OTHER' });
    expect(await portalOfUrl(store, portal.url)).toEqual(portal);
  });

  it('withUnknownOrganization also reads the URL’s entries filed without an organization, and only those', async () => {
    const entry = (orgId: string, url = portal.url) => ({
      portal: { url, orgId },
      at: 1_000,
      admin: 'x',
      action: 'sign-in' as const,
      target: orgId || 'none',
      parameters: {},
    });
    await appendAudit(store, entry(portal.orgId));
    await appendAudit(store, entry(''));
    await appendAudit(store, entry('', 'https://other.example.com/portal'));
    await appendAudit(store, entry('SOMEOTHERORG'));
    const targets = async (withUnknownOrganization: boolean) =>
      (await listAudit(store, { portal, withUnknownOrganization }, { offset: 0, limit: 10 })).entries.map((e) => e.target).sort();
    expect(await targets(false)).toEqual([portal.orgId]);
    expect(await targets(true)).toEqual([portal.orgId, 'none']);
    const streamed: string[] = [];
    for await (const e of streamAudit(store, { portal, withUnknownOrganization: true })) streamed.push(e.target);
    expect(streamed.sort()).toEqual([portal.orgId, 'none']);
  });
});
