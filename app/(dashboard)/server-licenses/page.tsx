import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { ServerLicenses } from '@/components/server-licenses/server-licenses';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';
import { loadServerLicenses } from '@/lib/data/server-licenses';
import { serverLicensesQuery } from '@/lib/license-file-queries';

export const metadata: Metadata = { title: 'Server licenses' };

export default async function ServerLicensesPage() {
  const session = await requirePageSession('/server-licenses');
  const result = await loadPageData('/server-licenses', () => loadServerLicenses(session));
  return (
    <>
      <PageTitle title="Server licenses">
        What each ArcGIS Server is authorized for: edition, features and extensions, with their expirations in UTC.
      </PageTitle>
      {result.ok ? (
        <HydrationBoundary state={prefilledState([[serverLicensesQuery.queryKey, result.data]])}>
          <ServerLicenses />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
