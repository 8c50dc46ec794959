import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore, type Store } from '../store/engine';
import { StoreUnavailableError } from '../store/errors';
import { portal } from '../store/test-fixtures';
import { emptyDatabase, type EmptyDatabase } from '../store/test-store';
import { CLIENT_POLICY, SignInThrottle, USERNAME_POLICY } from './sign-in-throttle';
import { sharedSignInThrottle } from './sign-in-throttle-shared';

let database: EmptyDatabase;
let store: Store;
let now = 1_700_000_000_000;
const clock = () => now;

beforeEach(async () => {
  now = 1_700_000_000_000;
  database = await emptyDatabase();
  store = await openStore(database.options);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await database.drop();
});

const keysOf = (client: string) =>
  [
    [`client:${client}`, CLIENT_POLICY],
    ['user:admin', USERNAME_POLICY],
  ] as const;

/** A dashboard instance: its own in-memory throttle, the one store. */
const instance = (open: () => Promise<Store> = async () => store) => sharedSignInThrottle(open, () => portal, new SignInThrottle(clock), clock);

describe('sharedSignInThrottle', () => {
  it('failures spread over two instances add up: the account is slowed on both (5 minutes after 3)', async () => {
    const [a, b] = [instance(), instance()];
    await a.failed(keysOf('10.0.0.1'));
    await b.failed(keysOf('10.0.0.2'));
    expect(await a.longestWait(keysOf('10.0.0.3'))).toBeUndefined();
    await a.failed(keysOf('10.0.0.3'));
    expect(await b.longestWait(keysOf('10.0.0.4'))).toEqual({ ms: 5 * 60_000, scope: 'username' });
    now += 60_000;
    expect(await a.longestWait(keysOf('10.0.0.5'))).toEqual({ ms: 4 * 60_000, scope: 'username' });
  });

  it('a success on one instance clears the counters for all', async () => {
    const [a, b] = [instance(), instance()];
    for (let i = 0; i < 3; i++) await a.failed(keysOf('10.0.0.1'));
    await b.succeeded(keysOf('10.0.0.9'));
    expect(await b.longestWait(keysOf('10.0.0.9'))).toBeUndefined();
  });

  it('failures are forgotten after 15 minutes', async () => {
    const a = instance();
    for (let i = 0; i < 3; i++) await a.failed(keysOf('10.0.0.1'));
    now += 15 * 60_000 + 1;
    expect(await instance().longestWait(keysOf('10.0.0.2'))).toBeUndefined();
  });

  it('with the store out of reach, the process’s own counters still slow guesses and sign-in goes on', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const down = instance(() => Promise.reject(new StoreUnavailableError('connection refused')));
    for (let i = 0; i < 3; i++) await down.failed(keysOf('10.0.0.1'));
    expect(await down.longestWait(keysOf('10.0.0.1'))).toEqual({ ms: 5 * 60_000, scope: 'username' });
    await down.succeeded(keysOf('10.0.0.1'));
    expect(await down.longestWait(keysOf('10.0.0.1'))).toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/kept in this process only: .*connection refused/));
  });
});
