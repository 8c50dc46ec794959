import { join } from 'node:path';
import { z } from 'zod';
import { readMemberInventory } from '../../lib/arcgis/member-inventory';
import { generateToken } from '../../lib/arcgis/sign-in';
import { displayName } from '../../lib/licensing/display-names';
import { openStore } from '../../lib/store/engine';
import { appendInventory, beginInventory, completeInventory } from '../../lib/store/member-inventory';

// Run by e2e/support/members-inventory.ts under the react-server condition (lib/arcgis and lib/store
// are server-only): reads the demo portal's members and app listings with the dashboard's own reader
// and writes them as the current inventory into a dashboard's embedded store, through the store's own
// functions. Arguments: <portal URL> <referer (the dashboard's URL)> <DATA_DIR>.

const License = z.looseObject({ apps: z.array(z.looseObject({ id: z.string(), itemId: z.string().optional() })).default([]) });
const Self = z.looseObject({ id: z.string() });

async function main(): Promise<void> {
  const [portalUrl = '', referer = '', dataDir = ''] = process.argv.slice(2);
  const { token } = await generateToken(portalUrl, { username: 'admin', password: 'demo-license-admin' }, referer, 10_000);
  const get = async (path: string) => (await fetch(`${portalUrl}${path}?f=json&token=${token}`, { headers: { Referer: referer } })).json();
  const self = Self.parse(await get('/sharing/rest/portals/self'));
  const apps = License.parse(await get('/portaladmin/license')).apps.flatMap((app) =>
    app.itemId ? [{ itemId: app.itemId, name: displayName('app', app.id) }] : [],
  );
  const startedAt = Date.now();
  const read = await readMemberInventory({ portalUrl, token, referer, timeoutMs: 10_000 }, { listingItemIds: apps.map((app) => app.itemId) });
  const store = await openStore({ sqliteFile: join(dataDir, 'store.sqlite') });
  try {
    const portal = { url: portalUrl.replace(/\/+$/, ''), orgId: self.id };
    const id = await beginInventory(store, portal, startedAt);
    await appendInventory(store, id, {
      members: read.members.map((m) => ({
        username: m.username,
        fullName: m.fullName ?? null,
        email: m.email ?? null,
        role: m.role ?? null,
        roleId: m.roleId ?? null,
        userLicenseTypeId: m.userLicenseTypeId ?? null,
        created: m.created ?? null,
        lastLogin: m.lastLogin === undefined || m.lastLogin < 0 ? null : m.lastLogin,
        disabled: m.disabled ?? false,
        provider: m.provider ?? null,
      })),
      licenses: [...read.listings].flatMap(([itemId, entries]) =>
        entries.map((e) => ({
          username: e.username,
          itemId,
          lastLogin: e.lastLogin === undefined || e.lastLogin < 0 ? null : e.lastLogin,
          disconnected: e.disconnected ?? false,
          entitlements: e.entitlements,
        })),
      ),
    });
    await completeInventory(store, id, { readAt: Date.now(), membersTotal: read.members.length, unreached: read.unreached, listings: apps });
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
