import { environmentManager, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RestartState } from '@/lib/licensing/restart-poller';
import { restartPollQuery } from './use-restart-poller';

// The restart poll as react-query runs it (its own observer and timers, no React), against a
// stubbed GET /api/portal/status: fake timers make the ten minutes pass at once. Node has no
// window, which react-query takes for a server, where it schedules no refetch timers.
environmentManager.setIsServer(() => false);

const PROBLEM = 'Cannot reach the portal: connection refused.';
const DOWN = { reachable: false, problem: PROBLEM, checkedAt: 0 };
const UP = { reachable: true, checkedAt: 0 };

let client: QueryClient;

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  client = new QueryClient();
});
afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Starts polling as the page does on mount; `answers` are the status route's bodies, in order (then down). */
function poll(answers: object[], recheckAfterSeconds = 20, run = 0, acceptedAt = 1_000_000) {
  const probe = vi.fn(async (url: string) => {
    expect(url).toBe('/api/portal/status');
    return Response.json(answers.shift() ?? DOWN);
  });
  vi.stubGlobal('fetch', probe);
  const observer = new QueryObserver(client, restartPollQuery(recheckAfterSeconds, acceptedAt, run));
  const states: (RestartState | undefined)[] = [];
  const stop = observer.subscribe((result) => states.push(result.data));
  return { probe, states, stop, last: () => observer.getCurrentResult().data };
}

describe('the restart poll (react-query, fake timers)', () => {
  it('checks nothing before recheckAfterSeconds, then polls until the portal answers', async () => {
    const { probe, last } = poll([DOWN, DOWN, UP]);
    expect(last()?.phase).toBe('waiting');
    await vi.advanceTimersByTimeAsync(19_999);
    expect(probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ phase: 'checking', attempts: 1, lastProblem: PROBLEM });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(last()).toMatchObject({ phase: 'up', attempts: 3, startedAt: 1_000_000, endedAt: 1_024_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('gives up after ten minutes of no answer', async () => {
    const { probe, last } = poll([], 20);
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(last()?.phase).toBe('checking');
    await vi.advanceTimersByTimeAsync(1);
    expect(last()).toMatchObject({ phase: 'gave-up', endedAt: 1_600_000, lastProblem: PROBLEM });
    // 1 check at 20 s, then every 2 s up to and including 600 s.
    expect(probe).toHaveBeenCalledTimes(1 + (600 - 20) / 2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(1 + (600 - 20) / 2);
  });

  it('counts a failed check (the dashboard unreachable) as "not yet" with its message', async () => {
    const probe = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(Response.json(UP));
    vi.stubGlobal('fetch', probe);
    const observer = new QueryObserver(client, restartPollQuery(1, 1_000_000, 0));
    observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(observer.getCurrentResult().data).toMatchObject({ phase: 'checking', lastProblem: 'Failed to fetch' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(observer.getCurrentResult().data?.phase).toBe('up');
  });

  it('counts a status route refusal (signed out) as "not yet", without leaving the page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ error: { code: 'unauthorized', message: 'Sign in to continue.' } }, { status: 401 })),
    );
    const onError = vi.fn();
    client.getQueryCache().config.onError = onError;
    const observer = new QueryObserver(client, restartPollQuery(1, 1_000_000, 0));
    observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(observer.getCurrentResult().data).toMatchObject({ phase: 'checking', lastProblem: 'Sign in to continue.' });
    expect(onError).not.toHaveBeenCalled();
  });

  it('does not start the next check before the last one answered', async () => {
    let answer: (response: Response) => void = () => undefined;
    const probe = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', probe);
    new QueryObserver(client, restartPollQuery(0, 1_000_000, 0)).subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probe).toHaveBeenCalledTimes(1);
    answer(Response.json(DOWN));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it('stops checking and reporting when stopped', async () => {
    const { probe, states, stop } = poll([], 5);
    stop();
    const reported = states.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).not.toHaveBeenCalled();
    expect(states).toHaveLength(reported);
  });

  it('keep waiting (a new run) checks at once, without the initial wait', async () => {
    const first = poll([], 20);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(first.last()?.phase).toBe('gave-up');
    first.stop();
    const again = poll([UP], 20, 1);
    expect(again.last()).toMatchObject({ phase: 'waiting', attempts: 0, startedAt: 1_600_000 });
    await vi.advanceTimersByTimeAsync(1);
    expect(again.probe).toHaveBeenCalledTimes(1);
    expect(again.last()).toMatchObject({ phase: 'up', attempts: 1 });
  });

  it('after a reload, counts from when the portal accepted the change: no second wait, the same deadline', async () => {
    const reloaded = poll([DOWN, UP], 20, 0, 1_000_000 - 15_000);
    expect(reloaded.last()).toMatchObject({ phase: 'waiting', startedAt: 985_000, firstCheckAt: 1_005_000, deadline: 1_585_000 });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(reloaded.probe).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reloaded.probe).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reloaded.last()).toMatchObject({ phase: 'up', attempts: 2, endedAt: 1_007_000 });
  });

  it('after a reload past the deadline, checks once at once and gives up if the portal is still down', async () => {
    const late = poll([], 20, 0, 1_000_000 - 11 * 60_000);
    await vi.advanceTimersByTimeAsync(1);
    expect(late.probe).toHaveBeenCalledTimes(1);
    expect(late.last()).toMatchObject({ phase: 'gave-up', attempts: 1, lastProblem: PROBLEM });
  });
});
