'use client';

import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/ui/section';
import { ScheduledChangesTable } from '@/components/ui/scheduled-changes-table';
import { TechnicalDetails } from '@/components/ui/technical-details';
import { ApiClientError } from '@/lib/api-client';
import { endpointQuery } from '@/lib/endpoint/client';
import { futureLicenseEndpoint } from '@/lib/features/expirations/contract';
import { countsEndpoint } from '@/lib/features/overview/contract';
import type { OrgLicense } from '@/lib/licensing/license-model';
import { organizationScheduledChanges } from '@/lib/licensing/scheduled-changes';

const DESCRIPTION =
  'Seat counts the license changes on later dates, checked against the members who hold each today. Expiries are not listed here: they are in the timeline and the table above.';

const OPERATIONS = [
  { name: 'getFutureLicense', does: 'the license’s seats from later dates on (base portal, 10.7.1 and later).' },
  { name: 'portals/self/users/counts', does: 'how many members hold each app and app bundle; user types carry their own count in the license.' },
];

/** What the organization's license changes on which date, seats before → after, flagged where members outnumber the new seats. */
export function ScheduledChanges({ license, asOf }: { license: OrgLicense; asOf: number }) {
  const future = useQuery(endpointQuery(futureLicenseEndpoint));
  // Apps and bundles are checked when the counts arrive; user types need only the license.
  const counts = useQuery(endpointQuery(countsEndpoint));

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
    const changes = organizationScheduledChanges(license, future.data.future, asOf, counts.data?.counts);
    body =
      changes.length === 0 ? (
        <p data-testid="no-scheduled-changes">Nothing is scheduled: every entitlement keeps its seats until it expires.</p>
      ) : (
        <div className="space-y-2">
          <ScheduledChangesTable caption="Scheduled changes, soonest first (dates in UTC)" changes={changes} asOf={asOf} testIdPrefix="scheduled-" />
          {counts.error && changes.some((c) => c.category === 'app' || c.category === 'appBundle') ? (
            <p role="status" className="text-sm">
              How many members hold each app and bundle could not be read: their changes are not checked against members.
            </p>
          ) : null}
        </div>
      );
  }
  return (
    <Section id="scheduled-changes" title="Scheduled changes" description={DESCRIPTION}>
      <div className="space-y-3">
        {body}
        <TechnicalDetails operations={OPERATIONS} />
      </div>
    </Section>
  );
}
