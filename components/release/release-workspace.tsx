'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Freshness } from '@/components/ui/freshness';
import { Notice } from '@/components/ui/notice';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { callEndpoint, endpointQuery } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { checkoutsEndpoint, releaseEndpoint, type ReleaseResult } from '@/lib/features/release/contract';
import { RELEASE_APP_NAMES } from '@/lib/licensing/releasable-apps';
import { CheckedOutTable } from './checked-out-table';
import { ListingNotices } from './listing-notices';
import { ReleaseConfirmDialog, type ReleaseTarget } from './release-confirm-dialog';
import { ReleaseForm } from './release-form';

type Outcome = { origin: ReleaseTarget['origin'] } & ({ result: ReleaseResult } | { error: unknown });

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const ref = useRef<HTMLDivElement>(null);
  // The row that was released disappears with its button: focus moves to what happened instead.
  useEffect(() => ref.current?.focus(), [outcome]);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {'error' in outcome ? (
        <ApiErrorNotice error={outcome.error} />
      ) : (
        <Notice kind={outcome.result.outcome === 'released' ? 'success' : 'warning'} title={outcome.result.message}>
          {outcome.result.details.length > 0 ? outcome.result.details.map((line) => <p key={line}>{line}</p>) : null}
        </Notice>
      )}
    </div>
  );
}

/** The release page: who has a license checked out, release by hand, one confirmation for both. */
export function ReleaseWorkspace() {
  const checkouts = useQuery(endpointQuery(checkoutsEndpoint));
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<ReleaseTarget | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const release = useMutation({
    mutationFn: (request: ReleaseTarget) => callEndpoint(releaseEndpoint, { username: request.username, appId: request.appId }),
    // The dialog closes in the same render that shows the outcome, so focus can move to the outcome.
    onSuccess: (result, request) => {
      setTarget(null);
      setOutcome({ origin: request.origin, result });
      void queryClient.invalidateQueries({ queryKey: queryKeyOf(checkoutsEndpoint) });
    },
    onError: (error, request) => {
      setTarget(null);
      setOutcome({ origin: request.origin, error });
    },
  });

  if (!checkouts.data) return <RefreshProblem error={checkouts.error} />;
  const { apps, checkedOut, asOf } = checkouts.data;
  const offered = apps.filter((app) => app.releasable);
  const withheld = apps.filter((app) => !app.releasable);
  const busy = release.isPending;

  function ask(request: ReleaseTarget) {
    setOutcome(null);
    setTarget(request);
  }

  /** The full name the table knows for a username typed by hand. */
  function fullNameOf(username: string): string | undefined {
    return checkedOut.find((row) => row.username.toLowerCase() === username.toLowerCase() && row.fullName)?.fullName;
  }

  return (
    <div className="space-y-6">
      <RefreshProblem error={checkouts.error} />
      <Freshness asOf={asOf} />

      <Section
        id="checked-out"
        title="Licenses checked out for offline use"
        description="Members who took ArcGIS Pro, ArcGIS Drone2Map or ArcGIS AllSource offline, from the apps' listings. Times are in UTC."
      >
        <div className="space-y-4">
          {outcome?.origin === 'table' ? <OutcomeNotice outcome={outcome} /> : null}
          <ListingNotices apps={apps} />
          <CheckedOutTable
            rows={checkedOut}
            appNames={apps.filter((app) => app.listing.state === 'read').map((app) => app.name)}
            busy={busy}
            onRelease={(row) => ask({ username: row.username, fullName: row.fullName, appId: row.appId, appName: row.appName, origin: 'table' })}
          />
        </div>
      </Section>

      <Section
        id="release-by-hand"
        title="Release by username"
        description="For a member not in the table, for example one whose license the listing does not show as offline."
      >
        <div className="space-y-4">
          {outcome?.origin === 'form' ? <OutcomeNotice outcome={outcome} /> : null}
          {apps.length === 0 ? (
            <p>This organization&apos;s license includes none of ArcGIS Pro, ArcGIS Drone2Map or ArcGIS AllSource: there is nothing to release.</p>
          ) : offered.length > 0 ? (
            <ReleaseForm
              apps={offered}
              busy={busy}
              onRequest={(input) => ask({ ...input, fullName: fullNameOf(input.username), appName: RELEASE_APP_NAMES[input.appId], origin: 'form' })}
              onEdit={() => setOutcome((current) => (current?.origin === 'form' ? null : current))}
            />
          ) : null}
          {withheld.map((app) => (
            <Notice key={app.appId} kind="info" title={`${app.name} is not offered here.`}>
              <p>{app.reason}</p>
            </Notice>
          ))}
        </div>
      </Section>

      <ReleaseConfirmDialog
        target={target}
        pending={busy}
        onCancel={() => setTarget(null)}
        onConfirm={() => {
          if (target) release.mutate(target);
        }}
      />
    </div>
  );
}
