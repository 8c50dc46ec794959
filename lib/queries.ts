import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import type { CountsView, LicenseView } from './data/views';

// Query keys and fetchers, shared by server pages (which prefill the cache) and client components.

export const licenseQuery = queryOptions({
  queryKey: ['license'] as const,
  queryFn: () => apiGet<LicenseView>('/api/license'),
});

export const countsQuery = queryOptions({
  queryKey: ['license', 'counts'] as const,
  queryFn: () => apiGet<CountsView>('/api/license/counts'),
});
