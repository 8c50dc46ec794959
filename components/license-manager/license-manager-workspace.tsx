'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Freshness } from '@/components/ui/freshness';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { endpointQuery } from '@/lib/endpoint/client';
import { licenseManagerEndpoint, type RestartInFlight } from '@/lib/features/license-manager/contract';
import { restartStage } from '@/lib/licensing/license-manager';
import { licenseManagerRequirement } from '@/lib/licensing/license-manager-requirement';
import { ApiDetails } from './api-details';
import { CurrentLicenseManager } from './current-license-manager';
import { LicenseManagerForm } from './license-manager-form';
import { RestartConfirmation } from './restart-confirmation';
import { RestartProgress } from './restart-progress';
import { useForgetRestart } from './use-forget-restart';

type Shown = { restarting: RestartInFlight } | { confirming: RestartInFlight | null };

/**
 * The License Manager page: the value the portal reports and the form to change it, or the restart
 * in progress. `inFlight` is a restart the server remembered (a reload, or the sign-in the restart
 * forced): when the page could read the portal, its value is compared with the one sent; when it
 * could not, the restart is still under way and its progress shows.
 */
export function LicenseManagerWorkspace({ inFlight }: { inFlight: RestartInFlight | null }) {
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<Shown>(() =>
    inFlight && restartStage(inFlight, queryClient.getQueryData(endpointQuery(licenseManagerEndpoint).queryKey)) === 'in-progress'
      ? { restarting: inFlight }
      : { confirming: inFlight },
  );
  const restart = 'restarting' in shown ? shown.restarting : null;
  const confirming = 'confirming' in shown ? shown.confirming : null;
  // No reads from the portal while it restarts: they could only fail, and a 401 would leave the page.
  const current = useQuery({ ...endpointQuery(licenseManagerEndpoint), enabled: restart === null });
  useForgetRestart(confirming !== null);

  if (restart) {
    return (
      <RestartProgress
        update={{ requested: restart.requested, recheckAfterSeconds: restart.recheckAfterSeconds }}
        acceptedAt={restart.acceptedAt}
        onDone={() => setShown({ confirming: null })}
      />
    );
  }
  if (!current.data) return <RefreshProblem error={current.error} />;
  const { licenseManager, kind, version, licenseManagerRequired } = current.data;

  return (
    <div className="space-y-6">
      {confirming ? <RestartConfirmation requested={confirming.requested} reported={licenseManager} /> : null}
      <RefreshProblem error={current.error} />
      <Freshness asOf={current.data.asOf} />
      <Section id="current" title="Current License Manager" description="As the portal reports it in its license.">
        <CurrentLicenseManager licenseManager={licenseManager} />
      </Section>
      <Section
        id="update"
        title="Update the License Manager"
        description={
          <>
            <p>Point the portal at another ArcGIS License Manager, for example after it moved to a new machine. The portal restarts to apply it.</p>
            <p className="mt-2" data-testid="license-manager-requirement">
              {licenseManagerRequirement({ kind, version, required: licenseManagerRequired })}
            </p>
          </>
        }
      >
        <LicenseManagerForm
          current={licenseManager}
          required={licenseManagerRequired}
          onAccepted={(update) => setShown({ restarting: { ...update, acceptedAt: Date.now() } })}
        />
      </Section>
      <ApiDetails kind={kind} />
    </div>
  );
}
