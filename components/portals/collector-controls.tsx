'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Notice } from '@/components/ui/notice';
import { endpointMutation } from '@/lib/endpoint/client';
import { lendCollectorEndpoint, stopCollectorEndpoint } from '@/lib/features/collector/contract';
import { formatUtcDate } from '@/lib/view/dates';

/**
 * The card's collector actions on its own portal: lend the collector the admin's OAuth sign-in (to
 * the portal's authorize page and back), or stop the one lent, behind a confirmation.
 */
export function CollectorControls({
  portal,
  lent,
}: {
  portal: { id: string; name: string };
  /** The sign-in lent now, and the built-in account the collector falls back to once it is stopped, if any. */
  lent?: { username: string; fallback?: string };
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const lend = useMutation({
    ...endpointMutation(lendCollectorEndpoint, { portal: portal.id }),
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });
  const stop = useMutation({ ...endpointMutation(stopCollectorEndpoint, { portal: portal.id }), onSuccess: () => router.refresh() });
  const revokeProblem = stop.data?.revokeProblem;
  const refreshExpires = stop.data?.refreshExpires;
  return (
    <div className="space-y-2">
      {lent ? (
        <Button variant="secondary" onClick={() => setConfirming(true)} disabled={stop.isPending}>
          {stop.isPending ? 'Stopping…' : 'Stop this sign-in'}
          <span className="sr-only"> of the collector on {portal.name}</span>
        </Button>
      ) : (
        <>
          <Button variant="secondary" onClick={() => lend.mutate()} disabled={lend.isPending || lend.isSuccess}>
            {lend.isPending || lend.isSuccess ? 'Going to the portal…' : 'Let the collector sign in as me'}
            <span className="sr-only"> on {portal.name}</span>
          </Button>
          <p className="text-xs text-slate-600 dark:text-slate-400">You sign in on the portal; the collector then signs in as that account.</p>
        </>
      )}
      {revokeProblem ? (
        <Notice kind="warning" title="The collector no longer uses this sign-in, but the portal did not confirm it ended its refresh token.">
          <p>{revokeProblem}</p>
          <p>
            {refreshExpires
              ? `The refresh token ends by itself on ${formatUtcDate(refreshExpires)} (UTC).`
              : 'The portal never said when the refresh token ends.'}
          </p>
        </Notice>
      ) : null}
      <ApiErrorNotice error={lend.error ?? stop.error} />
      <ConfirmDialog
        open={confirming}
        title="Stop the collector’s sign-in?"
        confirmLabel="Stop this sign-in"
        onConfirm={() => {
          setConfirming(false);
          stop.mutate();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The collector stops signing in to {portal.name} as {lent?.username}, and the portal is asked to end its refresh token.{' '}
          {lent?.fallback
            ? `It goes back to its built-in account, ${lent.fallback}.`
            : 'Until an admin lends it a sign-in again, history is recorded only as admins open the overview.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
