import 'server-only';
import { batches, batchOutcomes, type BatchAnswer, type MemberOutcome } from '../licensing/member-results';
import type { UserTypeRule } from '../licensing/reclaim-preview';
import { portalCall, type PortalConnection } from './connection';
import { ArcGISError } from './errors';
import type { ParamValue } from './params';
import { BulkChangeAnswerSchema, UserLicenseTypesSchema } from './member-schemas';

// Bulk license changes: each batch (25 members) is POSTed once and never retried, one batch after
// another (so the portal's seat counts are settled before the next), and each member's outcome is
// read from the portal's answer: done only on that member's success.

/** Called after each batch with its members' outcomes, so a caller can record them as they come. */
type OnBatch = (outcomes: MemberOutcome[]) => void | Promise<void>;

/**
 * What an ArcGIS failure means for a batch sent once: a portal error refused it (nothing changed);
 * a connection never made (refused, unknown host, untrusted certificate) never reached the portal;
 * anything else (timeout, reset, a proxy's page, an unreadable answer) may have been applied.
 */
function batchAnswerOfError(error: ArcGISError): BatchAnswer {
  const neverSent =
    error.kind === 'unreachable' && ['connection-refused', 'name-not-found', 'certificate-not-trusted'].includes(error.unreachableCause ?? '');
  if (error.kind === 'portal' || neverSent) {
    return { kind: 'refused', message: error.messages[0] ?? error.message, details: error.messages.slice(1) };
  }
  return { kind: 'dropped', reason: error.messages[0] ?? error.message };
}

async function sendBatches(
  connection: PortalConnection,
  path: string,
  usernames: readonly string[],
  params: (batch: string[]) => Record<string, ParamValue>,
  onBatch: OnBatch | undefined,
): Promise<MemberOutcome[]> {
  const outcomes: MemberOutcome[] = [];
  for (const batch of batches(usernames)) {
    let answer: BatchAnswer;
    try {
      const body = await portalCall(connection, path, BulkChangeAnswerSchema, { method: 'POST', params: params(batch) });
      answer = {
        kind: 'answered',
        ...(body.results ? { results: body.results } : {}),
        ...(body.success === undefined ? {} : { success: body.success }),
      };
    } catch (error) {
      if (!(error instanceof ArcGISError)) throw error;
      answer = batchAnswerOfError(error);
    }
    const batchOutcome = batchOutcomes(batch, answer);
    outcomes.push(...batchOutcome);
    await onBatch?.(batchOutcome);
  }
  return outcomes;
}

/**
 * POST portals/self/updateUserLicenseType (`users` comma-separated, `userLicenseType`), 25 members
 * a call; per-member outcomes from `{"results":[{"username","success"|"status","error"}]}`.
 * Never throws for a batch: a refusal or a dropped connection is each member's outcome.
 */
export function changeUserType(
  connection: PortalConnection,
  usernames: readonly string[],
  userTypeId: string,
  onBatch?: OnBatch,
): Promise<MemberOutcome[]> {
  return sendBatches(
    connection,
    '/sharing/rest/portals/self/updateUserLicenseType',
    usernames,
    (users) => ({ users, userLicenseType: userTypeId }),
    onBatch,
  );
}

/**
 * POST content/listings/<itemId>/provisionUserEntitlements with
 * `userEntitlements={"users":[…],"entitlements":[…]}`: sets each member's list for the app (an
 * empty list revokes it; a Pro level change sends the new full list), 25 members a call. The
 * portal answers `{"success":true}` for the call, or refuses it whole (e.g. "None of the specified
 * users can be disconnected."): every member of the batch shares that outcome.
 */
export function setAppEntitlements(
  connection: PortalConnection,
  itemId: string,
  usernames: readonly string[],
  entitlements: readonly string[],
  onBatch?: OnBatch,
): Promise<MemberOutcome[]> {
  return sendBatches(
    connection,
    `/sharing/rest/content/listings/${encodeURIComponent(itemId)}/provisionUserEntitlements`,
    usernames,
    (users) => ({ userEntitlements: { users, entitlements: [...entitlements] } }),
    onBatch,
  );
}

/**
 * portals/self/userLicenseTypes: which role and apps each user type can take. Undefined where the
 * portal has no such resource (a 404 or a portal error: 10.x), so the preview leaves the decision
 * to the portal's own refusal per member; other failures throw their ArcGISError.
 */
export async function readUserTypeRules(connection: PortalConnection): Promise<UserTypeRule[] | undefined> {
  try {
    const answer = await portalCall(connection, '/sharing/rest/portals/self/userLicenseTypes', UserLicenseTypesSchema);
    return answer.userLicenseTypes.map(({ id, maxRole, compatibleApps }) => ({
      id,
      ...(maxRole ? { maxRole } : {}),
      ...(compatibleApps ? { compatibleApps } : {}),
    }));
  } catch (error) {
    if (error instanceof ArcGISError && ((error.kind === 'http' && error.httpStatus === 404) || (error.kind === 'portal' && !error.isTokenRefusal)))
      return undefined;
    throw error;
  }
}
