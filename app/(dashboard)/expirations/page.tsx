import { Expirations } from '@/components/expirations/expirations';
import { futureLicense } from '@/lib/features/expirations/server';
import { counts, license } from '@/lib/features/overview/server';
import { serverLicenses } from '@/lib/features/server-licenses/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('expirations');

export default function ExpirationsPage() {
  return (
    <DashboardPage
      page="expirations"
      intro="What expires when, and what has already expired, for the organization and its ArcGIS Servers; and what the license changes on later dates. Dates are in UTC, the zone licenses expire in."
      reads={[license]}
      extras={[futureLicense, serverLicenses, counts]}
    >
      <Expirations />
    </DashboardPage>
  );
}
