import { LicenseManagerWorkspace } from '@/components/license-manager/license-manager-workspace';
import { licenseManager } from '@/lib/features/license-manager/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const metadata = pageMetadata('license-manager');

export default function LicenseManagerPage() {
  return (
    <DashboardPage
      page="license-manager"
      intro="The ArcGIS License Manager the portal uses for ArcGIS Pro concurrent licenses."
      reads={[licenseManager]}
    >
      <LicenseManagerWorkspace />
    </DashboardPage>
  );
}
