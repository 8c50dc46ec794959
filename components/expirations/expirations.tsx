'use client';

import { useQuery } from '@tanstack/react-query';
import { ExpirationTimelineChart } from '@/components/charts/expiration-timeline-chart';
import { Freshness } from '@/components/ui/freshness';
import { Notice } from '@/components/ui/notice';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { ExpiryBadge } from '@/components/ui/status-badges';
import { countByStatus, type ExpiryStatus } from '@/lib/licensing/expiry-buckets';
import { expirationSources, notIncludedSentence } from '@/lib/licensing/expiration-sources';
import { ORGANIZATION_SOURCE, timelineRows, type TimelineRow } from '@/lib/licensing/timeline';
import { endpointQuery } from '@/lib/endpoint/client';
import { licenseEndpoint } from '@/lib/features/overview/contract';
import { serverLicensesEndpoint } from '@/lib/features/server-licenses/contract';
import { ExpirationTable } from './expiration-table';
import { ScheduledChanges } from './scheduled-changes';

const SUMMARY_ORDER: ExpiryStatus[] = ['expired', 'within30', 'within90', 'later'];

/**
 * Names on the chart's rows: a name that repeats within one source (a server's edition and its
 * feature of the same name) gets its kind, and a server's authorizations name their server, since
 * several servers have the same edition; otherwise they would share one row.
 */
function timelineNames(rows: readonly TimelineRow[]): string[] {
  const count = new Map<string, number>();
  for (const row of rows) count.set(`${row.source}|${row.name}`, (count.get(`${row.source}|${row.name}`) ?? 0) + 1);
  return rows.map((row) => {
    const kind = row.kindLabel.replace(/^Server /, '').toLowerCase();
    const name = (count.get(`${row.source}|${row.name}`) ?? 0) > 1 ? `${row.name} (${kind})` : row.name;
    return row.source === ORGANIZATION_SOURCE ? name : `${name} · ${row.source.split(':')[0]}`;
  });
}

export function Expirations() {
  const license = useQuery(endpointQuery(licenseEndpoint));
  const servers = useQuery(endpointQuery(serverLicensesEndpoint));
  if (!license.data) return <RefreshProblem error={license.error} />;

  const { license: org, asOf } = license.data;
  // ArcGIS Server authorizations join the organization's, each labelled with its server.
  const { items, unread } = expirationSources(org, servers.data?.servers);
  const rows = timelineRows(items, asOf);
  const counts = countByStatus(items, asOf);
  const names = timelineNames(rows);

  return (
    <div className="space-y-6">
      <RefreshProblem error={license.error} />
      {unread.length > 0 || servers.error ? (
        <Notice kind="warning" title="These figures are incomplete">
          <p>
            {servers.error
              ? 'Not included: the ArcGIS Server licenses, which could not be read.'
              : `${notIncludedSentence(unread)}. ${unread.length === 1 ? 'Its' : 'Their'} expirations are missing from the counts, the timeline and the table below.`}
          </p>
        </Notice>
      ) : null}
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
            data={rows.map((r, i) => ({
              key: r.key,
              name: names[i] ?? r.name,
              group: r.source === ORGANIZATION_SOURCE ? r.kindLabel : `${r.kindLabel}, ${r.source}`,
              expiration: r.expiration,
              ...(r.expirationDay !== undefined ? { expirationDay: r.expirationDay } : {}),
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

      <ScheduledChanges license={org} asOf={asOf} />
    </div>
  );
}
