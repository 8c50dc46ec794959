import { z } from 'zod';
import { BIN, run } from '../processes';
import type { Row } from './report';
import { measureServerRender } from './scale';
import { ms } from './stats';

// Issue 13 §5: the server render of /members at 50,000 members, p50 ≤ 150 ms. The dashboard's
// embedded store is filled first (members.ts under the react-server condition, as the /history
// render's prefill is), then the page is fetched as a signed-in admin would.

const PortalSelf = z.looseObject({ id: z.string() });

/**
 * Fills the embedded store in `dataDir` with 50,000 generated members as the current inventory of the
 * portal at `portalUrl` (its organization read from portals/self). Run before starting the dashboard on
 * that DATA_DIR.
 */
export async function prefillMembersStore(dataDir: string, portalUrl: string): Promise<void> {
  const self = PortalSelf.parse(await (await fetch(`${portalUrl}/sharing/rest/portals/self?f=json`)).json());
  await run(BIN('tsx'), ['--conditions=react-server', 'scripts/bench/members.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, BENCH_MEMBERS_PREFILL: `${portalUrl} ${self.id}` },
  });
}

/** The render of /members (no filter; and ArcGIS Pro idle 90 days by last sign-in) on a dashboard whose store prefillMembersStore filled. */
export async function measureMembersRender(dashboardUrl: string, cookie: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const path of ['/members', '/members?proIdle=90&sort=lastLogin']) {
    const render = await measureServerRender(dashboardUrl, cookie, path);
    rows.push({
      figure: `server render ${path}, 50,000 members stored: whole HTML, p50`,
      value: `${ms(render.fullP50)} (${(render.bytes / 1024).toFixed(0)} kB)`,
      target: 'p50 ≤ 150 ms',
      met: render.fullP50 <= 150,
    });
  }
  return rows;
}
