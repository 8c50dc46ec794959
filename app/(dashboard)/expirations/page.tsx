import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Expirations } from '@/components/expirations/expirations';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { loadFutureLicense } from '@/lib/data/future-license';
import { loadLicense } from '@/lib/data/license';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';
import { loadServerLicenses } from '@/lib/data/server-licenses';
import { futureLicenseQuery, serverLicensesQuery } from '@/lib/license-file-queries';
import { licenseQuery } from '@/lib/queries';

export const metadata: Metadata = { title: 'Expirations' };

export default async function ExpirationsPage() {
  const session = await requirePageSession('/expirations');
  // Scheduled changes and server licenses are extras: when they fail the page still shows the
  // license, and their sections read them again in the browser and say what went wrong.
  const [result, future, servers] = await Promise.all([
    loadPageData('/expirations', () => loadLicense(session)),
    loadPageData('/expirations', () => loadFutureLicense(session)),
    loadPageData('/expirations', () => loadServerLicenses(session)),
  ]);
  return (
    <>
      <PageTitle title="Expirations">What expires when, and what has already expired, for the organization and its ArcGIS Servers; and what the license changes on later dates. Dates are in UTC, the zone licenses expire in.</PageTitle>
      {result.ok ? (
        <HydrationBoundary
          state={prefilledState([
            [licenseQuery.queryKey, result.data],
            ...(future.ok ? [[futureLicenseQuery.queryKey, future.data] as const] : []),
            ...(servers.ok ? [[serverLicensesQuery.queryKey, servers.data] as const] : []),
          ])}
        >
          <Expirations />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
