import { LicenseManagerWorkspace } from '@/components/license-manager/license-manager-workspace';
import { restartInFlight } from '@/lib/features/license-manager/restart-cookie';
import { licenseManager } from '@/lib/features/license-manager/server';
import { readSession } from '@/lib/session';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('license-manager');

export default async function LicenseManagerPage() {
  // During a restart the portal cannot be read: the read becomes one the page can do without, and
  // the workspace shows the restart's progress when it failed, or the confirmation when it did not.
  const inFlight = await restartInFlight(await readSession());
  return (
    <DashboardPage
      page="license-manager"
      intro="The ArcGIS License Manager the portal uses for ArcGIS Pro licenses."
      reads={inFlight ? [] : [licenseManager]}
      extras={inFlight ? [licenseManager] : []}
    >
      <LicenseManagerWorkspace inFlight={inFlight} />
    </DashboardPage>
  );
}
