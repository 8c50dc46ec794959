import 'server-only';
import { Readable } from 'node:stream';
import type { ServedOf } from '../../endpoint/contract';
import { serve } from '../../endpoint/server';
import { parseQuery } from '../../http/query';
import { sessionRoute } from '../../http/route';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { listAudit } from '../../store/audit';
import type { AuditFilter } from '../../store/audit-filter';
import { appStore } from '../../store/app-store';
import { AUDIT_PAGE_SIZE, auditLogEndpoint, AuditFilterSchema, type AuditFilterInput, type AuditPageQuery } from './contract';
import { auditCsv } from './csv';

const DAY_MS = 86_400_000;

/** The store's filter for this session's portal: days as UTC epoch ms, `to` through the end of its day. */
function storeFilter(session: PortalSession, input: AuditFilterInput): AuditFilter {
  return {
    portal: portalRefOf(session.portalUrl, session.profile),
    // A refused sign-in before the store knew the organization is filed under the bare URL: it is this portal's too.
    withUnknownOrganization: true,
    ...(input.action ? { actions: [input.action] } : {}),
    ...(input.outcome ? { outcomes: [input.outcome] } : {}),
    ...(input.admin ? { admin: input.admin } : {}),
    ...(input.from ? { from: Date.parse(input.from) } : {}),
    ...(input.to ? { to: Date.parse(input.to) + DAY_MS - 1 } : {}),
  };
}

/**
 * One page of the session's portal's audit log, newest first, for the route and the /audit page
 * alike. Throws StoreUnavailableError (store_unavailable, 503) when the store is out of reach.
 */
export async function readAuditPage(session: PortalSession, input: AuditPageQuery): Promise<ServedOf<typeof auditLogEndpoint>> {
  const { entries, total } = await listAudit(await appStore(), storeFilter(session, input), {
    offset: (input.page - 1) * AUDIT_PAGE_SIZE,
    limit: AUDIT_PAGE_SIZE,
  });
  return { entries: entries.map(({ portal: _portal, ...entry }) => entry), total, page: input.page, pageSize: AUDIT_PAGE_SIZE };
}

export const auditLog = serve(auditLogEndpoint, ({ session, input }) => readAuditPage(session, input));

/**
 * GET /api/audit/export: the filtered log as CSV, streamed (auditCsv), downloaded as
 * audit-log-<UTC date>.csv. The store is opened before the answer starts, so an unreachable store is
 * a 503 in words rather than a broken download.
 */
export const exportAudit = sessionRoute(async (request, { session }) => {
  const filter = storeFilter(session, parseQuery(request, AuditFilterSchema));
  const store = await appStore();
  const day = new Date().toISOString().slice(0, 10);
  // node:stream/web's ReadableStream and the DOM's are the same object typed twice; the cast only bridges the two declarations.
  const body = Readable.toWeb(auditCsv(store, filter)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
