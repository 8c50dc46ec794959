import { HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { LicenseManagerWorkspace } from '@/components/license-manager/license-manager-workspace';
import { PageTitle } from '@/components/ui/page-title';
import { ProblemPanel } from '@/components/ui/problem-panel';
import { licenseManagerQuery } from '@/lib/admin-queries';
import { loadLicenseManager } from '@/lib/data/license-manager';
import { loadPageData, requirePageSession } from '@/lib/data/page-session';
import { prefilledState } from '@/lib/data/prefill';

export const metadata: Metadata = { title: 'License Manager' };

export default async function LicenseManagerPage() {
  const session = await requirePageSession('/license-manager');
  const result = await loadPageData('/license-manager', () => loadLicenseManager(session));
  return (
    <>
      <PageTitle title="License Manager">
        The ArcGIS License Manager the portal uses for ArcGIS Pro concurrent licenses.
      </PageTitle>
      {result.ok ? (
        <HydrationBoundary state={prefilledState([[licenseManagerQuery.queryKey, result.data]])}>
          <LicenseManagerWorkspace />
        </HydrationBoundary>
      ) : (
        <ProblemPanel problem={result.problem} />
      )}
    </>
  );
}
