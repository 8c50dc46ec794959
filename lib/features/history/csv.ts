import 'server-only';
import { Readable } from 'node:stream';
import { parseQuery } from '../../http/query';
import type { PortalSession } from '../../session';
import { csvStream, type CsvCell } from '../../view/csv';
import { HistoryQuerySchema, type HistoryView } from './contract';
import { readHistoryView } from './server';

// The /history page's table as a CSV download: the same query, the same figures, one row per
// entitlement and UTC day, with the demo's synthetic history named in `source`.

const HEADER = ['date_utc', 'entitlement_id', 'entitlement', 'kind', 'seats_in_use', 'seats_purchased', 'expires_utc', 'source'];

/** A Node stream as the web stream a Response takes, read as the client reads (backpressure kept). */
function webStream(source: Readable): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next: IteratorResult<unknown> = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(Buffer.isBuffer(next.value) ? next.value : Buffer.from(String(next.value)));
    },
    cancel() {
      source.destroy();
    },
  });
}

const isoDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

function* rowsOf(view: HistoryView): Generator<CsvCell[]> {
  for (const series of view.series) {
    for (const day of series.days) {
      yield [
        isoDay(day.day),
        series.id,
        series.name,
        series.kind,
        day.seatsAssigned,
        day.seatsPurchased,
        day.expiresAt === null ? '' : isoDay(day.expiresAt),
        day.synthetic ? 'synthetic demo history' : 'recorded snapshot',
      ];
    }
  }
}

/**
 * GET /api/history/csv?range=…&ids=…: text/csv (RFC 4180, cells inert), streamed as it is written,
 * offered as a download named after the range. Input errors are 400 naming the parameter; a down
 * store is 503 store_unavailable (both through the route's one error mapping).
 */
export async function historyCsv(request: Request, session: PortalSession): Promise<Response> {
  const query = parseQuery(request, HistoryQuerySchema);
  const view = await readHistoryView(session, query);
  const body = webStream(csvStream(HEADER, rowsOf(view)));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="license-history-${view.range}-${isoDay(view.asOf)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
