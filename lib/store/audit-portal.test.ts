import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portalOfUrl } from './audit';
import { openStore, type Store } from './engine';
import { portalId } from './portals';
import { portal } from './test-fixtures';
import { emptyDatabase, TEST_ENGINE, type EmptyDatabase } from './test-store';

let database: EmptyDatabase;
let store: Store;

beforeEach(async () => {
  database = await emptyDatabase();
  store = await openStore(database.options);
});
afterEach(async () => {
  await store.close();
  await database.drop();
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
});
