import { HistoryWorkspace } from '@/components/history/history-workspace';
import { HistoryQuerySchema } from '@/lib/features/history/contract';
import { history } from '@/lib/features/history/server';
import type { PortalSession } from '@/lib/session';
import { DashboardPage, pageMetadata } from '../dashboard-page';

export const generateMetadata = pageMetadata('history');

type SearchParams = Record<string, string | string[] | undefined>;

/** ?ids= may come comma-joined (links) or repeated (the entitlement form's checkboxes). */
function rawQuery(params: SearchParams): { range?: string; ids?: string } {
  const ids = params.ids === undefined ? undefined : [params.ids].flat().join(',');
  const range = [params.range].flat()[0];
  return { ...(range ? { range } : {}), ...(ids ? { ids } : {}) };
}

export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = HistoryQuerySchema.safeParse(rawQuery(await searchParams));
  // The browser's query and the server's prefill must share one key: the normalised URL input.
  const input = parsed.success ? { range: parsed.data.range, ...(parsed.data.ids ? { ids: parsed.data.ids.join(',') } : {}) } : undefined;
  const read = {
    prefill: (session: PortalSession) => (input ? history.prefill(session, input) : Promise.reject(parsed.error)),
  };
  return (
    <DashboardPage
      page="history"
      heading="License history"
      intro="Seats in use over time from the dashboard's own snapshots (the portal keeps no history), with a forecast of when each entitlement runs out."
      reads={[read]}
    >
      {input ? <HistoryWorkspace input={input} /> : null}
    </DashboardPage>
  );
}
