import { ArcGISError } from '../../arcgis/errors';
import { ApiError } from '../../http/api-error';
import type { AuditOutcome } from '../../store/audit';

/** How a change ended, as the audit log keeps it: the outcome and the portal's own words. */
export interface AuditResult {
  outcome: Exclude<AuditOutcome, 'pending'>;
  portalMessages: string[];
}

/**
 * What a failed portal call means for the change it carried. The portal's refusal (an error body,
 * or "status" other than "success") is `failed` in its words; a connection that never opened
 * (refused, unknown host, untrusted certificate) sent nothing, so it is `failed` too. A timeout or
 * reset after sending, an HTTP error page or an answer the dashboard cannot read may hide a change
 * that happened: `unknown` (the same line lib/http/route.ts draws for its "may have been applied" hint).
 * The dashboard's own refusal in words (ApiError: an account without the privilege, a missing
 * field) stopped the change before it was made: `failed` in those words.
 */
export function auditResultOf(error: unknown): AuditResult {
  if (error instanceof ApiError) return { outcome: 'failed', portalMessages: [error.message] };
  if (!(error instanceof ArcGISError)) return { outcome: 'unknown', portalMessages: [error instanceof Error ? error.message : String(error)] };
  if (error.kind === 'portal') return { outcome: 'failed', portalMessages: error.messages };
  const sentNothing =
    error.kind === 'unreachable' &&
    (error.unreachableCause === 'connection-refused' ||
      error.unreachableCause === 'name-not-found' ||
      error.unreachableCause === 'certificate-not-trusted');
  return { outcome: sentNothing ? 'failed' : 'unknown', portalMessages: error.messages };
}
