import type { FaultKind } from '../../emulator/faults';
import type { ProfileName } from '../../emulator/profiles/table';
import type { LoggedRequest } from '../../emulator/request-log';
import type { ScenarioName } from '../../emulator/scenarios';
import { CONTROL_URL } from './env';

// The emulator's test-control API: reset, expire tokens, take the portal down, read what it received.

async function control<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${CONTROL_URL}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator control ${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

// The control API's own types: the tests read what the emulator writes.
export type { LoggedRequest } from '../../emulator/request-log';
export type { FaultKind } from '../../emulator/faults';
export type { ProfileName } from '../../emulator/profiles/table';
export type { ScenarioName } from '../../emulator/scenarios';

export const emulator = {
  /**
   * Fresh seed data; `scale: 'large'` seeds 50,000 members, 500 entitlements and 2,000 offline licenses;
   * `profile` answers as another version (emulator/profiles/table.ts, one per deployment kind; the
   * next reset without it returns to the default).
   */
  reset: (options: { keepTokens?: boolean; scale?: 'demo' | 'large'; profile?: ProfileName | ProfileName[] } = {}) =>
    control('POST', '/reset', options),
  expireTokens: () => control('POST', '/tokens/expire'),
  /** Replaces the demo OAuth app's registered redirect URIs (matched as prefixes: a dashboard's origin will do). */
  registerRedirectUris: (redirectUris: string[]) => control('POST', '/oauth/redirect-uris', { redirectUris }),
  /** OAuth access token lifetime in seconds (default 1800), for tests that need a refresh to happen; reset restores it. */
  setOAuthLifetimes: (lifetimes: { accessSeconds?: number; refreshSeconds?: number | null }) => control('POST', '/oauth/lifetimes', lifetimes),
  state: () => control<{ portalDown: boolean }>('GET', '/state'),
  issuedTokens: () => control<{ tokens: string[] }>('GET', '/tokens').then((r) => r.tokens),
  /** Every token issued since the emulator started, live or not. */
  everyTokenIssued: () => control<{ tokens: string[] }>('GET', '/tokens?all').then((r) => r.tokens),
  portalDown: (seconds?: number) => control('POST', '/portal/down', seconds === undefined ? {} : { seconds }),
  portalUp: () => control('POST', '/portal/up'),
  setLatency: (ms: number) => control('POST', '/latency', { ms }),
  /** A user type's or app's seat count (until the next reset), to fill it up for a refusal. */
  setSeats: (category: 'userTypes' | 'apps', id: string, seats: number) => control('POST', '/seats', { category, id, seats }),
  /** A fault for requests matching "<METHOD> <context><path>" (a regular expression). */
  fault: (rule: { kind: FaultKind; match: string; times?: number; ms?: number; body?: unknown; contentType?: string }) =>
    control('POST', '/faults', rule),
  clearFaults: () => control('POST', '/faults/clear'),
  /** One of issue 11's inputs (emulator/scenarios/index.ts), until the faults are cleared or the emulator reset. */
  scenario: (name: ScenarioName) => control('POST', '/faults', { kind: 'scenario', name }),
  /** How long the portal stays down after an operation that restarts it (until the next reset). */
  setRestartSeconds: (seconds: number) => control('POST', '/restart-seconds', { seconds }),
  log: (since = 0) => control<{ lastSeq: number; entries: LoggedRequest[] }>('GET', `/log?since=${since}`),
};
