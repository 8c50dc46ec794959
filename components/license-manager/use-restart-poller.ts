'use client';

import { queryOptions, useQuery } from '@tanstack/react-query';
import { callEndpoint } from '@/lib/endpoint/client';
import { portalStatusEndpoint } from '@/lib/features/license-manager/contract';
import {
  checkAnswered,
  checkStarted,
  delayUntilNextCheck,
  initialRestartState,
  probeFailure,
  type ProbeResult,
  type RestartState,
} from '@/lib/licensing/restart-poller';

/**
 * The checks of one restart as a react-query poll: the query's data is the restart's state
 * (lib/licensing/restart-poller.ts), each fetch is one check through the dashboard's
 * GET /api/portal/status (which asks the portal without a token: the restart invalidated them all),
 * and refetchInterval asks the state when the next check is due. `acceptedAt` (epoch ms) keys one
 * restart and starts its clock (also after a reload); a new `run` number (Keep waiting) starts over without the initial wait. Never fails:
 * a check that cannot be made is a "not answering" with its message, so the app's 401 handler
 * never leaves the page from here.
 */
export function restartPollQuery(recheckAfterSeconds: number, acceptedAt: number, run: number) {
  // The first run counts from the acceptance, so a reload mid-restart neither waits again nor
  // moves the deadline; Keep waiting counts from its click.
  const start = () => (run === 0 ? initialRestartState(acceptedAt, recheckAfterSeconds) : initialRestartState(Date.now(), 0));
  return queryOptions({
    queryKey: ['portal-restart', acceptedAt, run] as const,
    queryFn: async ({ client, queryKey }): Promise<RestartState> => {
      let result: ProbeResult;
      try {
        const status = await callEndpoint(portalStatusEndpoint, undefined);
        result = status.reachable ? { up: true } : { up: false, problem: status.problem ?? 'The portal did not answer.' };
      } catch (error) {
        result = probeFailure(error);
      }
      return checkAnswered(client.getQueryData<RestartState>(queryKey) ?? start(), result, Date.now());
    },
    initialData: start,
    // The state changes only through checks: never refetched on mount, focus or reconnect.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
    // Checks go out whatever the browser believes about its connection, and in a background tab too.
    networkMode: 'always',
    refetchIntervalInBackground: true,
    refetchInterval: (query) => {
      // No timer while a check is out: the next one is due counted from its answer.
      if (query.state.fetchStatus === 'fetching' || !query.state.data) return false;
      const delay = delayUntilNextCheck(query.state.data, Date.now());
      // react-query reads 0 as "no polling"; a check due now goes out after 1 ms.
      return delay === undefined ? false : Math.max(1, delay);
    },
  });
}

/** The restart's state for the progress view, "checking" while a check is out. */
export function useRestartPoller(recheckAfterSeconds: number, acceptedAt: number, run: number): RestartState {
  const poll = useQuery(restartPollQuery(recheckAfterSeconds, acceptedAt, run));
  return poll.isFetching ? checkStarted(poll.data) : poll.data;
}
