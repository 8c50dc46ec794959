import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import type { FutureLicenseView, ServerLicensesView } from './data/license-file-views';

// Query keys and fetchers of the license-file pages. Both sit under ['license'], so the pages'
// Refresh button and an import's invalidation read them again with the license.

export const futureLicenseQuery = queryOptions({
  queryKey: ['license', 'future'] as const,
  queryFn: () => apiGet<FutureLicenseView>('/api/license/future'),
});

export const serverLicensesQuery = queryOptions({
  queryKey: ['license', 'servers'] as const,
  queryFn: () => apiGet<ServerLicensesView>('/api/server-licenses'),
});
