import 'server-only';
import { getStoreConfig } from '../config';
import { openStore, type Store } from './engine';
import { StoreUnavailableError } from './errors';

// One store per server process, opened (and migrated) on first use rather than at import, so
// `next build` and the live pages never wait for it. A store that cannot be opened is not asked
// again for a little while: otherwise every request of a page would wait out PostgreSQL's connect
// timeout. Live pages never call this; history, audit and the change routes do.

const RETRY_AFTER_MS = 10_000;

let opening: Promise<Store> | undefined;
let lastFailure: { at: number; error: StoreUnavailableError } | undefined;

/**
 * The dashboard's store (lib/store/engine.ts): SQLite under DATA_DIR, or PostgreSQL at DATABASE_URL.
 * Throws StoreUnavailableError with the reason when it cannot be opened or migrated (the same error
 * for RETRY_AFTER_MS after a failure), ConfigError for a bad DATABASE_URL.
 */
export async function appStore(now: number = Date.now()): Promise<Store> {
  if (lastFailure && now - lastFailure.at < RETRY_AFTER_MS) throw lastFailure.error;
  opening ??= openStore(getStoreConfig()).catch((error: unknown) => {
    opening = undefined;
    const unavailable =
      error instanceof StoreUnavailableError
        ? error
        : new StoreUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
    lastFailure = { at: Date.now(), error: unavailable };
    throw unavailable;
  });
  const store = await opening;
  lastFailure = undefined;
  return store;
}
