'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { buttonVariants } from '@/components/ui/button-variants';
import { Notice } from '@/components/ui/notice';
import { licenseManagerQuery } from '@/lib/admin-queries';
import { ApiClientError, apiGet, signInPath } from '@/lib/api-client';
import type { LicenseManagerUpdateResult, LicenseManagerView } from '@/lib/data/admin-views';
import { describeLicenseManager, sameLicenseManager } from '@/lib/licensing/license-manager';
import { formatElapsed, RESTART_TIMEOUT_MS, type RestartState } from '@/lib/licensing/restart-poller';
import { useNow, useRestartPoller } from './use-restart-poller';

type AfterRestart =
  | { step: 'read'; view: LicenseManagerView }
  | { step: 'signed-out' }
  | { step: 'failed'; error: unknown };

const RETURN_PATH = '/license-manager';

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
 * Once the portal answers: read the License Manager with the session, which the restart may have
 * ended. Null while reading; `retry` reads again.
 */
function useAfterRestart(portalUp: boolean, onRead: (view: LicenseManagerView) => void): { after: AfterRestart | null; retry: () => void } {
  const [after, setAfter] = useState<AfterRestart | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!portalUp) return undefined;
    let current = true;
    // Outside react-query on purpose: its 401 handler would leave the page; here a 401 is an expected outcome.
    apiGet<LicenseManagerView>('/api/license-manager').then(
      (view) => {
        if (!current) return;
        onRead(view);
        setAfter({ step: 'read', view });
      },
      (error: unknown) => {
        if (!current) return;
        setAfter(error instanceof ApiClientError && error.needsSignIn ? { step: 'signed-out' } : { step: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [portalUp, onRead, attempt]);
  const retry = useCallback(() => {
    setAfter(null);
    setAttempt((n) => n + 1);
  }, []);
  return { after, retry };
}

function WhatToCheck({ update }: { update: LicenseManagerUpdateResult }) {
  return (
    <Notice kind="error" title={`The portal has not answered for ${RESTART_TIMEOUT_MS / 60_000} minutes, so the dashboard stopped checking.`}>
      <p>The change may well have been applied. What to check:</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>That the portal is running: the Portal for ArcGIS service on its machine, or the portal pods on Kubernetes. Start it if it stopped.</li>
        <li>The portal&apos;s logs, for why the restart did not finish.</li>
        <li>
          That the portal&apos;s machine can reach the License Manager at {describeLicenseManager(update.requested)} (DNS, firewall), and that
          the License Manager is running there.
        </li>
        <li>The web adaptor or load balancer in front of the portal.</li>
      </ul>
    </Notice>
  );
}

/** "Portal restarting…": waits out the restart, then says how it ended and shows the value the portal reports. */
export function RestartProgress({
  update,
  acceptedAt,
  onDone,
}: {
  update: LicenseManagerUpdateResult;
  acceptedAt: number;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState(0);
  const state = useRestartPoller(update.recheckAfterSeconds, run);
  const waiting = state.phase === 'waiting' || state.phase === 'checking';
  const now = useNow(waiting);
  const onRead = useCallback(
    (view: LicenseManagerView) => queryClient.setQueryData(licenseManagerQuery.queryKey, view),
    [queryClient],
  );
  const { after, retry } = useAfterRestart(state.phase === 'up', onRead);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const elapsed = formatElapsed((state.endedAt ?? now) - acceptedAt);

  return (
    <section aria-labelledby="restart-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="restart-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
        {waiting ? 'Portal restarting…' : state.phase === 'up' ? 'Portal restarted' : 'Portal restart: no answer'}
      </h2>

      <p role="status" className="text-sm">
        {phaseText(state)}
      </p>

      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600 dark:text-slate-400">Elapsed</dt>
        <dd className="font-mono tabular-nums" data-testid="restart-elapsed">
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

      {state.phase === 'gave-up' ? (
        <>
          <WhatToCheck update={update} />
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => setRun((n) => n + 1)}>Keep waiting</Button>
            <Button variant="secondary" onClick={() => window.location.reload()}>
              Reload this page
            </Button>
          </div>
        </>
      ) : null}

      {state.phase === 'up' ? (
        <div className="space-y-4">
          {after === null ? (
            <p role="status" className="text-sm">
              Reading the License Manager from the portal…
            </p>
          ) : after.step === 'read' ? (
            after.view.licenseManager && sameLicenseManager(after.view.licenseManager, update.requested) ? (
              <Notice kind="success" title={`The License Manager is now ${describeLicenseManager(after.view.licenseManager)}.`}>
                <p>The portal restarted in {elapsed} and reports the new value.</p>
              </Notice>
            ) : (
              <Notice kind="warning" title="The portal is back, but does not report the License Manager that was sent.">
                <p>
                  It reports {after.view.licenseManager ? describeLicenseManager(after.view.licenseManager) : 'no License Manager'}; the dashboard
                  sent {describeLicenseManager(update.requested)}. Check the portal&apos;s logs.
                </p>
              </Notice>
            )
          ) : after.step === 'signed-out' ? (
            <Notice kind="info" title="The portal is back. The restart ended your session.">
              <p>
                The dashboard sent {describeLicenseManager(update.requested)}. Sign in again to see the License Manager the portal now
                reports; you will come back to this page.
              </p>
              <p className="pt-2">
                <a
                  href={signInPath('expired', RETURN_PATH)}
                  className={buttonVariants()}
                >
                  Sign in again
                </a>
              </p>
            </Notice>
          ) : (
            <>
              <ApiErrorNotice error={after.error} />
              <Button variant="secondary" onClick={retry}>
                Read it again
              </Button>
            </>
          )}
          {after?.step === 'read' ? (
            <Button variant="secondary" onClick={onDone}>
              Done
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
