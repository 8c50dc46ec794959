import 'server-only';
import type { Readable } from 'node:stream';
import { streamAudit, type AuditEntry } from '../../store/audit';
import type { AuditFilter } from '../../store/audit-filter';
import type { Store } from '../../store/engine';
import { csvStream, type CsvCell } from '../../view/csv';

const HEADER = ['time_utc', 'admin', 'action', 'target', 'parameters', 'outcome', 'portal_messages', 'duration_ms'] as const;

function row(entry: AuditEntry): CsvCell[] {
  return [
    new Date(entry.at).toISOString(),
    entry.admin,
    entry.action,
    entry.target,
    JSON.stringify(entry.parameters),
    entry.outcome,
    entry.portalMessages.join(' | '),
    entry.durationMs,
  ];
}

async function* rows(store: Store, filter: AuditFilter): AsyncGenerator<CsvCell[]> {
  for await (const entry of streamAudit(store, filter)) yield row(entry);
}

/**
 * The audit log matching `filter` as CSV (lib/view/csv.ts: cells that begin with = + - @ made inert),
 * newest first, read from the store in batches as the reader pulls, so memory stays flat however many
 * entries match. Times are ISO 8601 UTC; parameters are JSON. The route and the benchmark both use it.
 */
export function auditCsv(store: Store, filter: AuditFilter): Readable {
  return csvStream(HEADER, rows(store, filter));
}
