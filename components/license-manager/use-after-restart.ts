'use client';

import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiClientError } from '@/lib/api-client';
import { callEndpoint } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { licenseManagerEndpoint } from '@/lib/features/license-manager/contract';
import type { LicenseManagerView } from '@/lib/features/license-manager/contract';

/** How reading the License Manager went once the portal answered again. */
export type AfterRestart = { step: 'read'; view: LicenseManagerView } | { step: 'signed-out' } | { step: 'failed'; error: unknown };

/**
 * The read that follows the restart poll (a chained query: enabled once the poll says the portal
 * is up), keyed by the restart's `acceptedAt` (epoch ms). Resolves to "signed-out" on a 401 rather
 * than failing, because the restart ending the session is an expected outcome and the app's 401
 * handler would leave the page; any other error fails the query. A successful read also fills the
 * License Manager page's own query, so the page shows the new value after Done.
 */
export function afterRestartQuery(acceptedAt: number) {
  return queryOptions({
    queryKey: ['license-manager-after-restart', acceptedAt] as const,
    queryFn: async ({ client }): Promise<Exclude<AfterRestart, { step: 'failed' }>> => {
      try {
        const view = await callEndpoint(licenseManagerEndpoint, undefined);
        client.setQueryData(queryKeyOf(licenseManagerEndpoint), view);
        return { step: 'read', view };
      } catch (error) {
        if (error instanceof ApiClientError && error.needsSignIn) return { step: 'signed-out' };
        throw error;
      }
    },
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** The read's outcome once `portalUp`; null while it is under way (or not yet due). `retry` reads again. */
export function useAfterRestart(acceptedAt: number, portalUp: boolean): { after: AfterRestart | null; retry: () => void } {
  const read = useQuery({ ...afterRestartQuery(acceptedAt), enabled: portalUp });
  const retry = () => void read.refetch();
  if (read.isFetching) return { after: null, retry };
  if (read.isError) return { after: { step: 'failed', error: read.error }, retry };
  return { after: read.data ?? null, retry };
}
