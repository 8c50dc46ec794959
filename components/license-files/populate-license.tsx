'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Notice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { TechnicalDetails } from '@/components/ui/technical-details';
import { endpointMutation } from '@/lib/endpoint/client';
import { populateLicenseEndpoint } from '@/lib/features/license-files/contract';
import type { DeploymentKind } from '@/lib/licensing/portal-profile';

const WHEN =
  'Needed only after creating or upgrading the portal through the Portal Administrator API: it applies the license file used for that to the portal’s user types and apps. Importing a license file does not need it.';

const OPERATIONS = [
  { name: 'populateLicense', does: 'applies the license file the portal was created or upgraded with; done when it answers success.' },
];

/** populateLicense (base portal only), behind a confirmation. */
export function PopulateLicense({ kind }: { kind: DeploymentKind }) {
  const [confirming, setConfirming] = useState(false);
  const populate = useMutation(endpointMutation(populateLicenseEndpoint));

  if (kind === 'kubernetes') {
    return (
      <Section id="populate" title="Populate license">
        <p className="text-sm">ArcGIS Enterprise on Kubernetes has no Populate License operation: importing a license file applies it at once.</p>
      </Section>
    );
  }
  return (
    <Section id="populate" title="Populate license" description={WHEN}>
      <div className="space-y-3">
        <Button variant="secondary" onClick={() => setConfirming(true)} disabled={populate.isPending}>
          {populate.isPending ? 'Populating…' : 'Populate license'}
        </Button>
        {populate.isSuccess ? <Notice kind="success" title="The portal applied its license again." /> : null}
        <ApiErrorNotice error={populate.error} />
        <TechnicalDetails operations={OPERATIONS} />
      </div>
      <ConfirmDialog
        open={confirming}
        title="Populate the license?"
        confirmLabel="Populate license"
        onConfirm={() => {
          setConfirming(false);
          populate.mutate();
        }}
        onCancel={() => setConfirming(false)}
      >
        <p>{WHEN}</p>
        <p>The portal re-reads the license file it was created or upgraded with and applies it to its user types and apps.</p>
      </ConfirmDialog>
    </Section>
  );
}
