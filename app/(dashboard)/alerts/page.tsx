import { AlertsWorkspace } from '@/components/alerts/alerts-workspace';
import { alerts } from '@/lib/features/alerts/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('alerts');

export default function AlertsPage() {
  return (
    <DashboardPage
      page="alerts"
      intro="Be told before a license expires or seats run out: by webhook (plain JSON, Slack or Microsoft Teams) or e-mail, once per condition, again when it gets worse and once when it clears."
      reads={[alerts]}
    >
      <AlertsWorkspace />
    </DashboardPage>
  );
}
