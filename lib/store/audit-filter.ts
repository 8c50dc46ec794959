import type { PortalRef } from '../licensing/snapshot';
import type { AuditAction, AuditOutcome } from './audit';
import type { Store } from './engine';

/** What the audit page filters on; every field but the portal is optional. Times are epoch ms, inclusive. */
export interface AuditFilter {
  portal: PortalRef;
  actions?: readonly AuditAction[];
  admin?: string;
  outcomes?: readonly AuditOutcome[];
  from?: number;
  to?: number;
  /**
   * Also the entries filed under the portal's URL without an organization (a refused sign-in before
   * any sign-in told the store the organization: see portalOfUrl).
   */
  withUnknownOrganization?: boolean;
}

/** The audit rows of a portal (by row ids) that match a filter, as a query to select from. */
export function auditFilterQuery(store: Store, portals: readonly number[], filter: AuditFilter) {
  let query = store.db.selectFrom('auditEntries as a').where('a.portalId', 'in', portals);
  if (filter.actions?.length) query = query.where('a.action', 'in', filter.actions);
  if (filter.outcomes?.length) query = query.where('a.outcome', 'in', filter.outcomes);
  if (filter.admin) query = query.where('a.admin', '=', filter.admin);
  if (filter.from !== undefined) query = query.where('a.at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('a.at', '<=', filter.to);
  return query;
}
