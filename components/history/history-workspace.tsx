'use client';

import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { SeatHistoryChart } from '@/components/charts/seat-history-chart';
import { Notice } from '@/components/ui/notice';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { endpointQuery } from '@/lib/endpoint/client';
import { HISTORY_CSV_PATH, historyEndpoint, type HistoryQuerySchema } from '@/lib/features/history/contract';
import { formatCount, formatUtcDate } from '@/lib/view/dates';
import { EntitlementPicker } from './entitlement-picker';
import { ForecastList } from './forecast-list';
import { historyHref } from './history-href';
import { HistoryTable } from './history-table';
import { MarkerTable } from './marker-table';
import { RangeLinks } from './range-links';

/** The /history page's body, fed by react-query from the read the server rendered with (same URL input). */
export function HistoryWorkspace({ input }: { input: z.input<typeof HistoryQuerySchema> }) {
  const query = useQuery(endpointQuery(historyEndpoint, input));
  if (!query.data) return <RefreshProblem error={query.error} />;
  const view = query.data;
  const lines = view.series.filter((s) => s.days.length > 0);
  const marks = lines.flatMap((s) => s.markers);
  const csv = historyHref(HISTORY_CSV_PATH, view.range, input.ids ? view.chosen : undefined);

  return (
    <div className="space-y-6">
      <RefreshProblem error={query.error} />
      {view.synthetic ? (
        <Notice kind="warning" title="Synthetic demo history">
          <p>
            This demo has no past of its own, so the dashboard made up a year of daily snapshots ending with today&apos;s license. Rows from it are
            marked &ldquo;synthetic demo history&rdquo; in the table and the CSV.
          </p>
        </Notice>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangeLinks range={view.range} ids={input.ids ? view.chosen : undefined} />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatCount(view.snapshots)} snapshots from {view.from > 0 ? formatUtcDate(view.from) : 'the first one'} to {formatUtcDate(view.asOf)}{' '}
          (UTC)
        </p>
      </div>
      <EntitlementPicker view={view} />

      <Section
        id="seats-over-time"
        title="Seats in use over time"
        description="Seats in use per day (solid) and seats purchased (dashed steps), in seats; imports and expirations are vertical marks. Dates in UTC."
      >
        {lines.length > 0 ? (
          <SeatHistoryChart
            lines={lines}
            marks={marks}
            synthetic={view.synthetic}
            description={`Line chart of seats in use over time for ${lines.map((l) => l.name).join(', ')}${view.synthetic ? ' (synthetic demo history)' : ''}. The table below lists the same figures.`}
          />
        ) : (
          <p className="text-sm">No snapshots of these entitlements in this range yet.</p>
        )}
      </Section>

      <Section id="forecast" title="Forecast" description="When each entitlement reaches its seat limit if its trend holds.">
        <ForecastList series={view.series} />
      </Section>

      <Section id="changes" title="Imports and expirations">
        <MarkerTable series={view.series} />
      </Section>

      <Section
        id="table"
        title="Figures"
        description={
          <a className="font-medium text-blue-700 underline dark:text-blue-300" href={csv} download>
            Download as CSV
          </a>
        }
      >
        <HistoryTable series={view.series} />
      </Section>
    </div>
  );
}
