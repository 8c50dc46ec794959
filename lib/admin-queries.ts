import { queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import type { CheckoutsView, LicenseManagerView, MemberSuggestionsView } from './data/admin-views';

// Query keys and fetchers of the admin-action pages (release, License Manager). Both live under
// ['license'], so the pages' Refresh button reads them again with the license.

export const checkoutsQuery = queryOptions({
  queryKey: ['license', 'checkouts'] as const,
  queryFn: () => apiGet<CheckoutsView>('/api/license/checkouts'),
});

export const licenseManagerQuery = queryOptions({
  queryKey: ['license', 'license-manager'] as const,
  queryFn: () => apiGet<LicenseManagerView>('/api/license-manager'),
});

export function memberSuggestionsQuery(text: string) {
  return queryOptions({
    queryKey: ['members', 'search', text] as const,
    queryFn: () => apiGet<MemberSuggestionsView>(`/api/members/search?${new URLSearchParams({ q: text }).toString()}`),
    staleTime: 30_000,
  });
}
