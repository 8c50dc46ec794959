import { auditProductionDependencies } from './audit';
import { ensureChromium } from './chromium';
import { startThrowawayPostgres } from './postgres';
import { BIN, run } from './processes';

// `npm test`: every check, in the order that fails fastest. Stops at the first failure.

const steps: ({ name: string; command: string; args: string[] } | { name: string; run: () => Promise<void> })[] = [
  { name: 'dependency audit (production)', run: auditProductionDependencies },
  { name: 'typecheck', command: BIN('tsc'), args: ['--noEmit'] },
  { name: 'lint', command: BIN('eslint'), args: ['.', '--max-warnings=0'] },
  { name: 'formatting (Prettier)', command: BIN('prettier'), args: ['--check', '.'] },
  { name: 'unused files, exports and dependencies (knip)', command: BIN('knip'), args: [] },
  { name: 'unit tests and store tests on SQLite', command: BIN('vitest'), args: ['run', '--project', 'unit', '--project', 'store-sqlite'] },
  { name: 'store tests on PostgreSQL (throwaway cluster)', run: storeTestsOnPostgres },
  { name: 'production build', command: BIN('next'), args: ['build'] },
  { name: 'route and end-to-end tests (Playwright, Chromium)', command: BIN('playwright'), args: ['test'] },
];

// DATABASE_URL is set for this step only: the build and the browser tests keep the embedded store.
async function storeTestsOnPostgres(): Promise<void> {
  const cluster = await startThrowawayPostgres();
  try {
    await run(BIN('vitest'), ['run', '--project', 'store-postgres'], { env: { ...process.env, DATABASE_URL: cluster.url } });
  } finally {
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  await ensureChromium();
  for (const step of steps) {
    const started = Date.now();
    console.log(`\n▶ ${step.name}`);
    await ('run' in step ? step.run() : run(step.command, step.args));
    console.log(`✔ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
