import { ServerLicenses } from '@/components/server-licenses/server-licenses';
import { serverLicenses } from '@/lib/features/server-licenses/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('server-licenses');

export default function ServerLicensesPage() {
  return (
    <DashboardPage
      page="server-licenses"
      intro="What each ArcGIS Server is authorized for: edition, features and extensions, with their expirations in UTC."
      reads={[serverLicenses]}
    >
      <ServerLicenses />
    </DashboardPage>
  );
}
