import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { Overview } from '@/components/overview/overview';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { PageTitle } from '@/components/ui/page-title';
import { loadAssignmentCounts, loadLicense } from '@/lib/data/license';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';
import { countsQuery, licenseQuery } from '@/lib/queries';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage() {
  const session = await requirePageSession('/');
  const result = await loadPageData('/', () => Promise.all([loadLicense(session), loadAssignmentCounts(session)]));
  return (
    <>
      <PageTitle title="License overview" />
      {result.ok ? (
        <HydrationBoundary
          state={prefilledState([
            [licenseQuery.queryKey, result.data[0]],
            [countsQuery.queryKey, result.data[1]],
          ])}
        >
          <Overview />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
