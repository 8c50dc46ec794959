import { ImportLicense } from '@/components/license-files/import-license';
import { PopulateLicense } from '@/components/license-files/populate-license';
import { PortalSetupNotice } from '@/components/overview/portal-setup-notice';
import { getConfig } from '@/lib/config';
import { portalSetup } from '@/lib/features/overview/server';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('license-files');

// Nothing is read from the portal until a file is chosen: the page is the form.
export default function ImportPage() {
  const demo = getConfig().demoCredentials !== undefined;
  return (
    <DashboardPage
      page="license-files"
      extras={[portalSetup]}
      intro={
        <>
          Validate a license file, see exactly what it would change, then import it. Nothing changes until you confirm the import.
          {demo ? (
            <span className="mt-1 block">
              Demo portal: sample files are in <code className="font-mono">emulator/samples/</code> of the dashboard&apos;s repository (a renewal, a
              shrink, an expired file, a Kubernetes schedule, a corrupt file, garbage…).
            </span>
          ) : null}
        </>
      }
    >
      {(session) => (
        <div className="space-y-6">
          <PortalSetupNotice />
          <ImportLicense />
          <PopulateLicense kind={session.profile.kind} />
        </div>
      )}
    </DashboardPage>
  );
}
