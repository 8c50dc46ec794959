'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { endpointMutation, endpointQuery } from '@/lib/endpoint/client';
import { startSyncEndpoint, syncStateEndpoint, type SyncState } from '@/lib/features/members/sync-contract';
import { formatCount } from '@/lib/view/dates';
import { formatUtcDateTime } from '@/lib/view/date-time';
import { ApiErrorNotice } from '../ui/api-error-notice';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { agoWords, membersWords } from './member-words';
import { SyncProgress } from './sync-progress';

/** How often a running sync's progress is asked for. */
const POLL_MS = 1_000;

/** The inventory the page shows, as the members page reads it: read time (epoch ms), members, members the read could not reach. */
export interface InventoryFreshness {
  readAt: number;
  membersTotal: number;
  unreached: number;
}

/** When the inventory the page shows was read, relative to the page's `now` and as a UTC date and time. */
function InventoryLine({ inventory, now }: { inventory: InventoryFreshness | null; now: number }) {
  // Before the first sync the page says so above the panel.
  if (!inventory) return null;
  return (
    <p className="text-sm" data-testid="inventory-read">
      Inventory read {agoWords(inventory.readAt, now)} (
      <time dateTime={new Date(inventory.readAt).toISOString()}>{formatUtcDateTime(inventory.readAt)}</time>): {membersWords(inventory.membersTotal)}
      {inventory.unreached > 0 ? `, ${formatCount(inventory.unreached)} the read could not reach` : ''}.
    </p>
  );
}

/** The last sync's outcome in this dashboard process, announced when it changes. */
function Outcome({ state, kept }: { state: SyncState; kept: boolean }) {
  if (state.state === 'failed') {
    return (
      <Notice kind="error" title={`The members inventory could not be synced${kept ? '; the page still shows the previous inventory' : ''}.`}>
        <p>{state.reason}</p>
      </Notice>
    );
  }
  return (
    <p role="status" className="text-sm">
      {state.state === 'completed' ? `Sync completed at ${formatUtcDateTime(state.finishedAt)}: ${membersWords(state.membersTotal)} read.` : ''}
    </p>
  );
}

/**
 * The members inventory's freshness and "Sync now" (issue 13 §1), for the /members page.
 * `inventory`: the current inventory, null before the first sync; `now` (epoch ms): when the page was
 * rendered, so server and browser say the same age. Starting joins a sync already running for the portal; its progress is polled while it runs,
 * and when it completes the page is re-rendered (router.refresh) so it reads the new inventory.
 */
export function SyncPanel({ inventory, now }: { inventory: InventoryFreshness | null; now: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const stateQuery = endpointQuery(syncStateEndpoint);
  const sync = useQuery({ ...stateQuery, refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_MS : false) });
  const start = useMutation({
    ...endpointMutation(startSyncEndpoint),
    onSuccess: (state) => queryClient.setQueryData(stateQuery.queryKey, state),
  });
  const state = sync.data;
  const running = state?.state === 'running';

  const previous = useRef(state?.state);
  useEffect(() => {
    if (previous.current === 'running' && state?.state === 'completed') router.refresh();
    previous.current = state?.state;
  }, [state?.state, router]);

  return (
    <div className="space-y-3" data-testid="members-sync">
      <div className="flex flex-wrap items-center gap-3">
        <InventoryLine inventory={inventory} now={now} />
        <Button variant="secondary" disabled={running || start.isPending} onClick={() => start.mutate()}>
          {running ? 'Syncing…' : 'Sync now'}
        </Button>
      </div>
      {state?.state === 'running' ? <SyncProgress progress={state} /> : null}
      {state ? <Outcome state={state} kept={inventory !== null} /> : null}
      <ApiErrorNotice error={start.error ?? sync.error} />
    </div>
  );
}
