import 'server-only';
import { createHash } from 'node:crypto';
import { readUserTypeRules } from '../../arcgis/license-assignment';
import { readSelection } from '../../arcgis/license-assignment-read';
import { getAssignmentCounts } from '../../arcgis/sharing';
import { ApiError } from '../../http/api-error';
import { appEntitlementName } from '../../licensing/app-entitlement-names';
import {
  actionWords,
  changeOf,
  holdingWords,
  listingsToRead,
  namedSeats,
  planText,
  previewInputOf,
  type BulkActionInput,
} from '../../licensing/bulk-change';
import { hasUserLicenseTypes } from '../../licensing/portal-profile';
import { previewBulkChange, type BulkChange, type Preview } from '../../licensing/reclaim-preview';
import { connectionFor, licenseAdminOf, type PortalSession } from '../../session';
import type { BulkPreview } from './bulk-contract';

/** A preview with what apply needs beside the view: the change and each sent member's current state. */
export interface PlannedChange {
  change: BulkChange;
  preview: Preview;
  view: BulkPreview;
}

function unknownTarget(action: BulkActionInput): ApiError {
  return action.kind === 'changeUserType'
    ? new ApiError('invalid_input', `action.userLicenseType: this organization's license has no user type "${action.userLicenseType}".`, {
        field: 'action.userLicenseType',
      })
    : new ApiError('invalid_input', `action.itemId: no app of this organization's license has the listing ${action.itemId}.`, {
        field: 'action.itemId',
      });
}

/**
 * Reads the license, the seat counts, userLicenseTypes (where the profile has it) and the selected
 * members with the listings the change concerns, all from the portal now, and previews the change.
 * Throws ApiError(invalid_input) for a user type or app the license lacks; ArcGIS errors propagate.
 */
export async function planBulkChange(session: PortalSession, action: BulkActionInput, usernames: readonly string[]): Promise<PlannedChange> {
  const connection = connectionFor(session);
  const license = await licenseAdminOf(session).getLicense();
  const change = changeOf(license, action);
  if (!change) throw unknownTarget(action);
  const rules = hasUserLicenseTypes(session.profile) ? await readUserTypeRules(connection) : undefined;
  const [state, counts] = await Promise.all([
    readSelection(connection, usernames, listingsToRead(license, change, rules ?? [])),
    getAssignmentCounts(connection, () => Promise.resolve(license)),
  ]);
  const preview = previewBulkChange(previewInputOf({ license, counts, change, rules: rules ?? [], ...state }));
  const fullNames = new Map(state.members.flatMap((m) => (m.fullName ? [[m.username.toLowerCase(), m.fullName] as const] : [])));
  const planId = createHash('sha256').update(planText(change, preview)).digest('hex');
  const view: BulkPreview = {
    planId,
    asOf: Date.now(),
    actionWords: actionWords(change, appEntitlementName),
    send: preview.send.map((s) => {
      const fullName = fullNames.get(s.username.toLowerCase());
      const words = { from: holdingWords(change, s.from, appEntitlementName), to: holdingWords(change, s.to, appEntitlementName) };
      return { username: s.username, ...words, ...(fullName ? { fullName } : {}) };
    }),
    // /release takes no query: its table lists every checked-out license, this member's among them.
    excluded: preview.excluded.map(({ username, reason, releaseFirst }) => ({
      username,
      reason,
      ...(releaseFirst ? { releaseHref: '/release' } : {}),
    })),
    seats: namedSeats(preview),
    ...(preview.refusal ? { refusal: preview.refusal } : {}),
    calls: preview.batches.length,
    userTypeRules: rules ? 'portal' : 'portal-decides-per-member',
  };
  return { change, preview, view };
}
