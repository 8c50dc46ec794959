import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { BIN, run } from '../processes';
import type { Row } from './report';
import { measureServerRender } from './scale';
import { signIn, startDashboard, startEmulatorProcess } from './servers';
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

// `tsx scripts/bench/members-render.ts` (after `next build`): the demo portal, a dashboard on
// BENCH_MEMBERS_PORT (default 3950) with 50,000 members in its store, the render figures printed.
async function main(): Promise<void> {
  const emulator = await startEmulatorProcess();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-members-render-'));
  try {
    await prefillMembersStore(dataDir, emulator.portalUrl);
    const dashboard = await startDashboard(Number(process.env.BENCH_MEMBERS_PORT ?? 3950), emulator.portalUrl, { DATA_DIR: dataDir });
    try {
      for (const row of await measureMembersRender(dashboard.url, await signIn(dashboard.url)))
        console.log(`${row.figure}: ${row.value}; target ${row.target}`);
    } finally {
      dashboard.child.kill();
    }
  } finally {
    emulator.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('members-render.ts')) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
