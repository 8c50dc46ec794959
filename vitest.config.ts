import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const STORE_TESTS = 'lib/store/**/*.test.ts';

// Store tests run once per engine: always on SQLite (a temp file), and on PostgreSQL when
// DATABASE_URL names a cluster they may create databases on (`npm test` starts a throwaway one).
const storeProject = (engine: 'sqlite' | 'postgres'): TestProjectInlineConfiguration => ({
  extends: true,
  // Each test creates and migrates its own database: seconds on a loaded machine, not milliseconds.
  test: { name: `store-${engine}`, include: [STORE_TESTS], env: { STORE_TEST_ENGINE: engine }, testTimeout: 30_000, hookTimeout: 30_000 },
});

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Unit tests run server modules directly; the guard only matters inside Next's bundler.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, STORE_TESTS],
        },
      },
      storeProject('sqlite'),
      ...(process.env.DATABASE_URL ? [storeProject('postgres')] : []),
    ],
  },
});
