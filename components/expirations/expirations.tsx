'use client';

import { useQuery } from '@tanstack/react-query';
import { ExpirationTimelineChart } from '@/components/charts/expiration-timeline-chart';
import { Freshness } from '@/components/ui/freshness';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { ExpiryBadge } from '@/components/ui/status-badges';
import { countByStatus, type ExpiryStatus } from '@/lib/licensing/expiry-buckets';
import { ORGANIZATION_SOURCE, organizationTimelineItems, timelineRows } from '@/lib/licensing/timeline';
import { licenseQuery } from '@/lib/queries';
import { ExpirationTable } from './expiration-table';

const SUMMARY_ORDER: ExpiryStatus[] = ['expired', 'within30', 'within90', 'later'];

export function Expirations() {
  const license = useQuery(licenseQuery);
  if (!license.data) return <RefreshProblem error={license.error} />;

  const { license: org, asOf } = license.data;
  const items = organizationTimelineItems(org);
  const rows = timelineRows(items, asOf);
  const counts = countByStatus(items, asOf);

  return (
    <div className="space-y-6">
      <RefreshProblem error={license.error} />
      <Freshness asOf={asOf} />
      <ul aria-label="Expirations by status" className="flex flex-wrap gap-3">
        {SUMMARY_ORDER.map((status) => (
          <li
            key={status}
            className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <ExpiryBadge status={status} />
            <span className="font-semibold tabular-nums" data-testid={`count-${status}`}>
              {counts[status]}
            </span>
          </li>
        ))}
      </ul>

      <Section id="timeline" title="Timeline" description="Each entitlement's expiration date; the dashed line is today (UTC).">
        {rows.length > 0 ? (
          <ExpirationTimelineChart
            data={rows.map((r) => ({
              key: r.key,
              name: r.name,
              group: r.source === ORGANIZATION_SOURCE ? r.kindLabel : `${r.kindLabel}, ${r.source}`,
              expiration: r.expiration,
              status: r.status,
            }))}
            today={asOf}
            description="Timeline chart of expiration dates with a marker for today. The table below lists the same dates."
          />
        ) : (
          <p>Nothing in this license has an expiration date.</p>
        )}
      </Section>

      <Section id="expiry-table" title="All expirations">
        <ExpirationTable rows={rows} asOf={asOf} />
      </Section>
    </div>
  );
}
