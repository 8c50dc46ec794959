// Waiting for a portal that restarts by itself (after updateLicenseManager): first the
// recheckAfterSeconds the portal asked for, then a check every few seconds until it answers,
// giving up after ten minutes. Pure decisions only: react-query's refetchInterval drives the checks
// (components/license-manager/use-restart-poller.ts), so there is no timer, fetch or React here.

export const RESTART_TIMEOUT_MS = 10 * 60_000;
const RESTART_POLL_INTERVAL_MS = 2_000;

export type ProbeResult = { up: true } | { up: false; problem: string };

type RestartPhase = 'waiting' | 'checking' | 'up' | 'gave-up';

export interface RestartState {
  phase: RestartPhase;
  /** When the portal accepted the change (epoch ms): elapsed time counts from here. */
  startedAt: number;
  /** When the first check is due. */
  firstCheckAt: number;
  /** After this the poller gives up. */
  deadline: number;
  /** Checks answered so far. */
  attempts: number;
  /** What the last failed check found, in words ("connection refused"). */
  lastProblem?: string;
  /** When the portal answered, or when the poller gave up. */
  endedAt?: number;
}

export function initialRestartState(startedAt: number, recheckAfterSeconds: number, timeoutMs = RESTART_TIMEOUT_MS): RestartState {
  const wait = Math.max(0, recheckAfterSeconds) * 1000;
  return { phase: 'waiting', startedAt, firstCheckAt: startedAt + Math.min(wait, timeoutMs), deadline: startedAt + timeoutMs, attempts: 0 };
}

/** A check has gone out. */
export function checkStarted(state: RestartState): RestartState {
  return state.phase === 'waiting' ? { ...state, phase: 'checking' } : state;
}

/** What a check found: the portal answers (done), it does not (check again), or time is up (give up). */
export function checkAnswered(state: RestartState, result: ProbeResult, now: number): RestartState {
  if (state.phase === 'up' || state.phase === 'gave-up') return state;
  const attempts = state.attempts + 1;
  if (result.up) return { ...state, phase: 'up', attempts, endedAt: now, lastProblem: undefined };
  if (now >= state.deadline) return { ...state, phase: 'gave-up', attempts, endedAt: now, lastProblem: result.problem };
  return { ...state, phase: 'checking', attempts, lastProblem: result.problem };
}

/** Milliseconds until the next check, or undefined when no more are due. The last check lands on the deadline. */
export function delayUntilNextCheck(state: RestartState, now: number, intervalMs = RESTART_POLL_INTERVAL_MS): number | undefined {
  if (state.phase === 'up' || state.phase === 'gave-up') return undefined;
  if (state.phase === 'waiting') return Math.max(0, state.firstCheckAt - now);
  return Math.max(0, Math.min(intervalMs, state.deadline - now));
}

/** A check that could not be made (the dashboard itself unreachable) counts as "not answering", with its message. */
export function probeFailure(error: unknown): ProbeResult {
  return { up: false, problem: error instanceof Error ? error.message : String(error) };
}

/** "0:07", "12:30": minutes and seconds since the change, for the progress view. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
