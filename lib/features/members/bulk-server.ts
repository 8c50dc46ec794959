import 'server-only';
import { changeUserType, setAppEntitlements } from '../../arcgis/license-assignment';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { appEntitlementName } from '../../licensing/app-entitlement-names';
import { displayName } from '../../licensing/display-names';
import { batches, type MemberOutcome } from '../../licensing/member-results';
import { PRO_EXTENSIONS, PRO_LEVELS } from '../../licensing/reclaim-preview';
import { seatsUsed } from '../../licensing/utilization';
import { connectionFor, licenseAdminOf } from '../../session';
import type { AuditParameters } from '../../store/audit';
import { StoreUnavailableError } from '../../store/errors';
import { auditedBatch } from './bulk-audit';
import { bulkApplyEndpoint, bulkOptionsEndpoint, bulkPreviewEndpoint, type BulkAction } from './bulk-contract';
import { rereadIntoInventory } from './bulk-reread';
import { resolveSelection } from './bulk-selection';
import { planBulkChange } from './bulk-state';

const named = (ids: readonly string[]) => ids.map((id) => ({ id, name: appEntitlementName(id) }));

export const bulkOptions = serve(bulkOptionsEndpoint, async ({ session }) => {
  const license = await licenseAdminOf(session).getLicense();
  const counts = await getAssignmentCounts(connectionFor(session), () => Promise.resolve(license));
  const free = (e: (typeof license.entitlements)[number]) => {
    const used = seatsUsed(e, counts);
    return e.purchased === undefined || used === undefined ? {} : { free: Math.max(0, e.purchased - used) };
  };
  return {
    userTypes: license.entitlements
      .filter((e) => e.category === 'userType')
      .map((e) => ({ id: e.id, name: displayName('userType', e.id), ...free(e) })),
    apps: license.entitlements.flatMap((e) =>
      e.category === 'app' && e.itemId ? [{ itemId: e.itemId, id: e.id, name: displayName('app', e.id), ...free(e) }] : [],
    ),
    proLevels: named(PRO_LEVELS),
    proExtensions: named(PRO_EXTENSIONS),
  };
});

export const bulkPreview = serve(bulkPreviewEndpoint, async ({ session, input }) => {
  const planned = await planBulkChange(session, input.action, await resolveSelection(session, input.selection));
  return planned.view;
});

const AUDIT_ACTION = { changeUserType: 'change-user-type', revokeApp: 'revoke-app-license', assignApp: 'assign-app-license' } as const;

function notSent(usernames: readonly string[], reason: string): MemberOutcome[] {
  return usernames.map((username) => ({ username, status: 'failed', reason }));
}

/**
 * The confirmed preview: planned again from the portal's state now and refused (409, nothing sent)
 * when the plan differs from the one confirmed or is refused; then batch after batch, each sent once
 * inside auditedBatch (one entry per member). A store that fails before the first batch refuses the
 * change (503); one that fails later stops the remaining batches, whose members are "not sent".
 */
export const bulkApply = serve(bulkApplyEndpoint, async ({ session, input }) => {
  const planned = await planBulkChange(session, input.action, await resolveSelection(session, input.selection));
  if (planned.view.planId !== input.planId) {
    throw new ApiError(
      'not_supported',
      "The portal's state changed since the preview (seats, members or their licenses): preview again before confirming.",
    );
  }
  if (planned.view.refusal) throw new ApiError('not_supported', planned.view.refusal);
  const connection = connectionFor(session);
  const action: BulkAction = input.action;
  const from = new Map(planned.preview.send.map((s) => [s.username, s.from]));
  const parameters = (username: string): AuditParameters =>
    action.kind === 'changeUserType'
      ? { userLicenseType: action.userLicenseType, from: from.get(username) ?? '' }
      : { itemId: action.itemId, entitlements: action.kind === 'assignApp' ? action.entitlements.join(',') : '', from: from.get(username) ?? '' };
  const results: MemberOutcome[] = [];
  const all = batches(planned.preview.send.map((s) => s.username));
  for (const [index, batch] of all.entries()) {
    try {
      const members = batch.map((username) => ({ username, parameters: parameters(username) }));
      const outcomes = await auditedBatch(session, { action: AUDIT_ACTION[action.kind], members }, () =>
        action.kind === 'changeUserType'
          ? changeUserType(connection, batch, action.userLicenseType)
          : setAppEntitlements(connection, action.itemId, batch, action.kind === 'assignApp' ? action.entitlements : []),
      );
      results.push(...outcomes);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || index === 0) throw error;
      results.push(...notSent(all.slice(index).flat(), `Not sent: the audit log could not be written (${error.reason}).`));
      break;
    }
  }
  const changed = results.filter((r) => r.status !== 'failed').map((r) => r.username);
  const reread = await rereadIntoInventory(session, changed, action.kind === 'changeUserType' ? undefined : action.itemId);
  return {
    results: results.map((r) => (r.status === 'done' ? { username: r.username, status: r.status } : r)),
    excluded: planned.view.excluded,
    reread,
  };
});
