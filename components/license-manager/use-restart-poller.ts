'use client';

import { useEffect, useState } from 'react';
import { callEndpoint } from '@/lib/endpoint/client';
import { portalStatusEndpoint } from '@/lib/features/license-manager/contract';
import { initialRestartState, startRestartPoller, type ProbeResult, type RestartState } from '@/lib/licensing/restart-poller';

/** One check, through the dashboard (which asks the portal without a token: the restart invalidated them all). */
async function probePortal(): Promise<ProbeResult> {
  const status = await callEndpoint(portalStatusEndpoint, undefined);
  return status.reachable ? { up: true } : { up: false, problem: status.problem ?? 'The portal did not answer.' };
}

/**
 * The restart poller's state, from the moment the portal accepted the change. A new `run` number
 * starts over (Keep waiting) without the initial wait.
 */
export function useRestartPoller(recheckAfterSeconds: number, run: number): RestartState {
  const wait = run === 0 ? recheckAfterSeconds : 0;
  const [state, setState] = useState<RestartState>(() => initialRestartState(Date.now(), wait));
  useEffect(() => startRestartPoller({ recheckAfterSeconds: wait, probe: probePortal, onChange: setState }), [wait, run]);
  return state;
}

/** The current time, every second while `active`: the elapsed-time display's clock. */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
