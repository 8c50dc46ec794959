import { ReleaseWorkspace } from '@/components/release/release-workspace';
import { checkouts } from '@/lib/features/release/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('release');

export default function ReleasePage() {
  return (
    <DashboardPage
      page="release"
      heading="Release a checked-out license"
      intro="A license taken offline stays on that device until it is checked in. When the device is lost or reimaged, release the license here so the member can use ArcGIS Pro, Drone2Map or AllSource again."
      reads={[checkouts]}
    >
      <ReleaseWorkspace />
    </DashboardPage>
  );
}
