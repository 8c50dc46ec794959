import type { Metadata } from 'next';
import { ImportLicense } from '@/components/import/import-license';
import { PopulateLicense } from '@/components/import/populate-license';
import { PageTitle } from '@/components/ui/page-title';
import { getConfig } from '@/lib/config';
import { requirePageSession } from '@/lib/data/page-session';

export const metadata: Metadata = { title: 'Import license' };

// Nothing is read from the portal until a file is chosen: the page is the form.
export default async function ImportPage() {
  const session = await requirePageSession('/import');
  const demo = getConfig().demoCredentials !== undefined;
  return (
    <>
      <PageTitle title="Import license">
        Validate a license file, see exactly what it would change, then import it. Nothing changes until you confirm the import.
        {demo ? (
          <span className="mt-1 block">
            Demo portal: sample files are in <code className="font-mono">emulator/samples/</code> of the dashboard&apos;s repository (a
            renewal, a shrink, an expired file, a Kubernetes schedule, a corrupt file, garbage…).
          </span>
        ) : null}
      </PageTitle>
      <div className="space-y-6">
        <ImportLicense />
        <PopulateLicense kind={session.deployment.kind} />
      </div>
    </>
  );
}
