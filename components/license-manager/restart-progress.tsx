'use client';

import { useEffect, useRef, useState } from 'react';
import type { LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { describeLicenseManager } from '@/lib/licensing/license-manager';
import { RESTART_TIMEOUT_MS, type RestartState } from '@/lib/licensing/restart-poller';
import { RestartGaveUp } from './restart-gave-up';
import { RestartOutcome } from './restart-outcome';
import { useAfterRestart } from './use-after-restart';
import { useElapsed } from './use-elapsed';
import { useForgetRestart } from './use-forget-restart';
import { useRestartPoller } from './use-restart-poller';

function phaseText(state: RestartState): string {
  switch (state.phase) {
    case 'waiting':
      return 'The portal accepted the new License Manager and is restarting. Waiting before the first check…';
    case 'checking':
      return 'Checking whether the portal answers again…';
    case 'up':
      return 'The portal answers again.';
    case 'gave-up':
      return 'The portal has not come back.';
  }
}

/**
 * "Portal restarting…": waits out the restart, then says how it ended and shows the value the portal
 * reports. Also after a reload: `acceptedAt` is when the portal accepted the change, not when this
 * view mounted. The remembered restart is forgotten once the value is confirmed or the poller gives up.
 */
export function RestartProgress({
  update,
  acceptedAt,
  onDone,
}: {
  update: LicenseManagerUpdateResult;
  /** When the portal accepted the change (epoch ms): elapsed time counts from here. */
  acceptedAt: number;
  onDone: () => void;
}) {
  const [run, setRun] = useState(0);
  const state = useRestartPoller(update.recheckAfterSeconds, acceptedAt, run);
  const { after, retry } = useAfterRestart(acceptedAt, state.phase === 'up');
  const elapsed = useElapsed(acceptedAt, state.endedAt);
  const waiting = state.phase === 'waiting' || state.phase === 'checking';
  const heading = useRef<HTMLHeadingElement>(null);
  useForgetRestart(after?.step === 'read' || state.phase === 'gave-up');

  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      aria-labelledby="restart-heading"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="restart-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {waiting ? 'Portal restarting…' : state.phase === 'up' ? 'Portal restarted' : 'Portal restart: no answer'}
      </h2>

      <p role="status" className="text-sm">
        {phaseText(state)}
      </p>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Elapsed</dt>
        {/* Rendered on the server too after a reload: the clock there and here differ by the page's load time. */}
        <dd className="font-mono tabular-nums" data-testid="restart-elapsed" suppressHydrationWarning>
          {elapsed}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">New License Manager</dt>
        <dd className="break-words">{describeLicenseManager(update.requested)}</dd>
        {state.phase === 'waiting' ? (
          <>
            <dt className="text-slate-600 dark:text-slate-400">First check</dt>
            <dd>after {update.recheckAfterSeconds} s, as the portal asked</dd>
          </>
        ) : null}
        {state.attempts > 0 && state.phase !== 'up' ? (
          <>
            <dt className="text-slate-600 dark:text-slate-400">Checks</dt>
            <dd>
              {state.attempts}
              {state.lastProblem ? `; last: ${state.lastProblem}` : ''}
            </dd>
          </>
        ) : null}
      </dl>

      {waiting ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Keep this page open. The portal is checked every few seconds for up to {RESTART_TIMEOUT_MS / 60_000} minutes.
        </p>
      ) : null}

      {state.phase === 'gave-up' ? <RestartGaveUp update={update} onKeepWaiting={() => setRun((n) => n + 1)} /> : null}

      {state.phase === 'up' ? <RestartOutcome update={update} after={after} elapsed={elapsed} onRetry={retry} onDone={onDone} /> : null}
    </section>
  );
}
