import { execFileSync } from 'node:child_process';
import { dataDirOf, PORTAL_APP, PORTAL_APP_PORT, PORTAL_URL } from './env';

// The one seam through which the members specs get an inventory: until the members sync ("Sync now")
// is merged, the demo portal is read with the dashboard's own reader (lib/arcgis/member-inventory.ts)
// and written through the store's own functions into the shared dashboard's embedded store
// (members-inventory-fill.ts, run under the react-server condition those modules need). Replace the
// body with a click on "Sync now" once it exists.

/** Reads the demo portal's members and app licenses into the base-portal dashboard's store as its current inventory. */
export function syncMembersInventory(): void {
  execFileSync(
    'node_modules/.bin/tsx',
    ['--conditions=react-server', 'e2e/support/members-inventory-fill.ts', PORTAL_URL, PORTAL_APP, dataDirOf(PORTAL_APP_PORT)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 60_000,
    },
  );
}
