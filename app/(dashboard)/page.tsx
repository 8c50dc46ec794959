import { Overview } from '@/components/overview/overview';
import { trendForOverview } from '@/lib/features/history/server';
import { counts, license, portalSetup } from '@/lib/features/overview/server';
import { serverLicenses } from '@/lib/features/server-licenses/server';
import { DashboardPage, pageMetadata } from './dashboard-page';

export const generateMetadata = pageMetadata('overview');

export default function OverviewPage() {
  return (
    <DashboardPage page="overview" heading="License overview" reads={[license, counts]} extras={[portalSetup, serverLicenses, trendForOverview]}>
      <Overview />
    </DashboardPage>
  );
}
