/**
 * The store could not be reached or cannot take writes (database down, refused credentials, file not
 * openable, disk full, locked beyond the busy timeout). `reason` is a sentence the page can show;
 * `cause` keeps the driver's error. Any other error (a constraint the caller broke) is thrown as is.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';

  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`The dashboard's store is unavailable: ${reason}`, options);
  }
}

// SQLite result codes (better-sqlite3 `code`) and PostgreSQL SQLSTATE classes / Node socket codes that
// mean "cannot reach or use the database", rather than "this statement is wrong".
const SQLITE_UNAVAILABLE = /^SQLITE_(CANTOPEN|BUSY|LOCKED|FULL|READONLY|IOERR|CORRUPT|NOTADB|PERM|AUTH)/;
const POSTGRES_UNAVAILABLE = /^(08|28|3D|53|57P)/;
const SOCKET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
  'ENOENT',
  'EACCES',
]);
// node-postgres reports a dropped or timed-out connection with plain Errors that carry no code.
const POSTGRES_CONNECTION_MESSAGE =
  /Connection terminated|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end/i;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Whether a driver error means the store is out of reach (as opposed to a bad statement). */
function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (error instanceof AggregateError) return error.errors.some(isUnavailable);
  const code = codeOf(error);
  if (code && (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.test(code) || SOCKET_UNAVAILABLE.has(code))) return true;
  return error instanceof Error && POSTGRES_CONNECTION_MESSAGE.test(error.message);
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  const code = codeOf(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** Runs one store operation; an out-of-reach store becomes StoreUnavailableError, anything else is rethrown. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    if (isUnavailable(error)) throw new StoreUnavailableError(describe(error), { cause: error });
    throw error;
  }
}
