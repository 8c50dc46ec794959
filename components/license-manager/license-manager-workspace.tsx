'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Freshness } from '@/components/ui/freshness';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { endpointQuery } from '@/lib/endpoint/client';
import { licenseManagerEndpoint, type LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { CurrentLicenseManager } from './current-license-manager';
import { LicenseManagerForm } from './license-manager-form';
import { RestartProgress } from './restart-progress';

/** The License Manager page: the value the portal reports and the form to change it, or the restart in progress. */
export function LicenseManagerWorkspace() {
  const [restart, setRestart] = useState<{ update: LicenseManagerUpdateResult; acceptedAt: number } | null>(null);
  // No reads from the portal while it restarts: they could only fail, and a 401 would leave the page.
  const current = useQuery({ ...endpointQuery(licenseManagerEndpoint), enabled: restart === null });

  if (restart) {
    return <RestartProgress update={restart.update} acceptedAt={restart.acceptedAt} onDone={() => setRestart(null)} />;
  }
  if (!current.data) return <RefreshProblem error={current.error} />;

  return (
    <div className="space-y-6">
      <RefreshProblem error={current.error} />
      <Freshness asOf={current.data.asOf} />
      <Section id="current" title="Current License Manager" description="As the portal's license resource reports it (licenseManagerInfo).">
        <CurrentLicenseManager licenseManager={current.data.licenseManager} />
      </Section>
      <Section
        id="update"
        title="Update the License Manager"
        description="Point the portal at another ArcGIS License Manager, for example after it moved to a new machine. The portal restarts to apply it."
      >
        <LicenseManagerForm onAccepted={(update) => setRestart({ update, acceptedAt: Date.now() })} />
      </Section>
    </div>
  );
}
