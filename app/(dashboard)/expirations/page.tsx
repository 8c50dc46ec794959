import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Expirations } from '@/components/expirations/expirations';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { loadLicense } from '@/lib/data/license';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';
import { licenseQuery } from '@/lib/queries';

export const metadata: Metadata = { title: 'Expirations' };

export default async function ExpirationsPage() {
  const session = await requirePageSession('/expirations');
  const result = await loadPageData('/expirations', () => loadLicense(session));
  return (
    <>
      <PageTitle title="Expirations">What expires when, and what has already expired. Dates are in UTC, the zone licenses expire in.</PageTitle>
      {result.ok ? (
        <HydrationBoundary state={prefilledState([[licenseQuery.queryKey, result.data]])}>
          <Expirations />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
