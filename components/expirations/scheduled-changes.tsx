'use client';

import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/ui/section';
import { Table, Td, Th } from '@/components/ui/table';
import { ApiClientError } from '@/lib/api-client';
import { futureLicenseQuery } from '@/lib/license-file-queries';
import { formatCount, formatDaysFromNow, formatUtcDate } from '@/lib/licensing/dates';
import type { OrgLicense } from '@/lib/licensing/license-model';
import { organizationScheduledChanges } from '@/lib/licensing/scheduled-changes';
import { EntitlementName } from '@/components/ui/entitlement-name';

const DESCRIPTION =
  'Seat counts the license changes on later dates (getFutureLicense). Expiries are not listed here: they are in the timeline and the table above.';

/** What the organization's license changes on which date, seats before → after. */
export function ScheduledChanges({ license, asOf }: { license: OrgLicense; asOf: number }) {
  const future = useQuery(futureLicenseQuery);

  let body: React.ReactNode;
  if (!future.data) {
    body = future.error ? (
      <p role="status">Scheduled changes could not be read: {future.error instanceof ApiClientError ? future.error.message : 'the dashboard could not be reached.'}</p>
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
        <Table caption="Scheduled changes, soonest first (dates in UTC)">
          <thead>
            <tr>
              <Th>Date (UTC)</Th>
              <Th>Name</Th>
              <Th>Kind</Th>
              <Th className="text-right">Seats before → after</Th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.key} data-testid={`scheduled-${change.category}:${change.id}`}>
                <Td className="whitespace-nowrap">
                  <time dateTime={new Date(change.date).toISOString()}>{formatUtcDate(change.date)}</time>
                  <span className="block text-xs text-slate-500 dark:text-slate-400">{formatDaysFromNow(change.date, asOf)}</span>
                </Td>
                <Td>
                  <EntitlementName name={change.name} id={change.id} />
                </Td>
                <Td>{change.kindLabel}</Td>
                <Td className="text-right tabular-nums">
                  {change.before !== undefined ? formatCount(change.before) : '—'} → {formatCount(change.after)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
  }
  return (
    <Section id="scheduled-changes" title="Scheduled changes" description={DESCRIPTION}>
      {body}
    </Section>
  );
}
