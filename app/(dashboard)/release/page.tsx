import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { ReleaseWorkspace } from '@/components/release/release-workspace';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { checkoutsQuery } from '@/lib/admin-queries';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';
import { loadCheckouts } from '@/lib/data/release';

export const metadata: Metadata = { title: 'Release license' };

export default async function ReleasePage() {
  const session = await requirePageSession('/release');
  const result = await loadPageData('/release', () => loadCheckouts(session));
  return (
    <>
      <PageTitle title="Release a checked-out license">
        A license taken offline stays on that device until it is checked in. When the device is lost or reimaged, release
        the license here so the member can use ArcGIS Pro, Drone2Map or AllSource again.
      </PageTitle>
      {result.ok ? (
        <HydrationBoundary state={prefilledState([[checkoutsQuery.queryKey, result.data]])}>
          <ReleaseWorkspace />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
