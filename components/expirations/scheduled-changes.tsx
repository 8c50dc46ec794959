'use client';

import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/ui/section';
import { ScheduledChangesTable } from '@/components/ui/scheduled-changes-table';
import { ApiClientError } from '@/lib/api-client';
import { endpointQuery } from '@/lib/endpoint/client';
import { futureLicenseEndpoint } from '@/lib/features/expirations/contract';
import type { OrgLicense } from '@/lib/licensing/license-model';
import { organizationScheduledChanges } from '@/lib/licensing/scheduled-changes';

const DESCRIPTION =
  'Seat counts the license changes on later dates (getFutureLicense). Expiries are not listed here: they are in the timeline and the table above.';

/** What the organization's license changes on which date, seats before → after. */
export function ScheduledChanges({ license, asOf }: { license: OrgLicense; asOf: number }) {
  const future = useQuery(endpointQuery(futureLicenseEndpoint));

  let body: React.ReactNode;
  if (!future.data) {
    body = future.error ? (
      <p role="status">
        Scheduled changes could not be read: {future.error instanceof ApiClientError ? future.error.message : 'the dashboard could not be reached.'}
      </p>
    ) : (
      <p role="status">Reading scheduled changes from the portal…</p>
    );
  } else if (!future.data.supported) {
    body = <p>{future.data.message}</p>;
  } else {
    const changes = organizationScheduledChanges(license, future.data.future, asOf);
    body =
      changes.length === 0 ? (
        <p data-testid="no-scheduled-changes">Nothing is scheduled: every entitlement keeps its seats until it expires.</p>
      ) : (
        <ScheduledChangesTable caption="Scheduled changes, soonest first (dates in UTC)" changes={changes} asOf={asOf} testIdPrefix="scheduled-" />
      );
  }
  return (
    <Section id="scheduled-changes" title="Scheduled changes" description={DESCRIPTION}>
      {body}
    </Section>
  );
}
