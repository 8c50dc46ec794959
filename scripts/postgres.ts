import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './processes';

// A throwaway PostgreSQL cluster for the store tests: Debian's postgresql is installed when initdb is
// missing (as chromium.ts does for Chromium), a cluster is created in a temp dir on a free port,
// and removed after. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.

function candidates(): string[] {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  return ['/usr/local/bin/initdb', '/usr/bin/initdb', ...versions.map((version) => `/usr/lib/postgresql/${version}/bin/initdb`)];
}

/** The directory of initdb, pg_ctl and postgres, or undefined when PostgreSQL is not installed. */
function findBinDir(): string | undefined {
  return candidates()
    .find((path) => existsSync(path))
    ?.replace(/\/initdb$/, '');
}

async function ensurePostgres(): Promise<string> {
  const found = findBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('PostgreSQL is missing (no initdb). Install it (apt-get install -y postgresql).');
  console.log('PostgreSQL is missing: installing Debian’s postgresql package.');
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', 'postgresql'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findBinDir();
  if (!installed) throw new Error('PostgreSQL was installed but initdb is still not found.');
  return installed;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running throwaway cluster: `url` connects as its superuser; `stop` shuts it down and deletes it. */
export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = await ensurePostgres();
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'store-test-pg-'));
  if (asRoot) {
    const { uid, gid } = postgresUser();
    await chown(dir, uid, gid);
  }
  const as = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, command), ...args]) : run(join(bin, command), args);
  const port = await freePort();
  const data = join(dir, 'data');
  // fsync off and no sync at initdb: the cluster is deleted after the run, durability buys nothing.
  await as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  await as('pg_ctl', ['start', '-D', data, '-o', options, '-w', '-s', '-l', join(dir, 'server.log')]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await as('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-s']).catch((error: unknown) => console.error(error));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const read = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: read('-u'), gid: read('-g') };
  } catch {
    throw new Error('Running as root, PostgreSQL needs a `postgres` user to run as (Debian’s postgresql package creates it).');
  }
}
