import 'server-only';
import { fullNamesOf, listUserEntitlements, searchMembers } from '../../arcgis/members';
import { subRequest } from '../../arcgis/sub-request';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import type { OrgLicense } from '../../licensing/license-model';
import { listingStatus, type ListingRead } from '../../licensing/offline-listings';
import { checkedOutRows, RELEASE_APP_NAMES, releasableApps, withFullNames, type ReleasableApp } from '../../licensing/releasable-apps';
import { releaseReport } from '../../licensing/release-outcome';
import { connectionFor, licenseAdminOf, type PortalSession } from '../../session';
import { audited } from '../audit/audited';
import { checkoutsEndpoint, memberSearchEndpoint, releaseEndpoint } from './contract';

/** Every page of the app's listing; undefined when the license names none. A portal refusal is the app's own result. */
function readListing(session: PortalSession, app: ReleasableApp): Promise<ListingRead> {
  return app.itemId ? subRequest(listUserEntitlements(connectionFor(session), app.itemId)) : Promise.resolve(undefined);
}

/**
 * The licenses taken offline: each app's listing read on its own, so one the portal refuses is
 * reported on that app (its words) and the others' rows stay. Also what /portals counts.
 */
export async function readOfflineLicenses(session: PortalSession, license: OrgLicense) {
  const releasable = releasableApps(license, session.profile);
  const reads = await Promise.all(releasable.map((app) => readListing(session, app)));
  const apps = releasable.map((app, i) => ({ ...app, listing: listingStatus(app, reads[i]) }));
  const rows = checkedOutRows(releasable.flatMap((app, i) => (reads[i]?.ok ? [{ app, userEntitlements: reads[i].value }] : [])));
  return { apps, rows };
}

/** readOfflineLicenses with full names, from the listing or, for the rest, the member search. */
export const checkouts = serve(checkoutsEndpoint, async ({ session }) => {
  const license = await licenseAdminOf(session).getLicense();
  const { apps, rows } = await readOfflineLicenses(session, license);
  const unnamed = rows.flatMap((row) => (row.fullName ? [] : [row.username]));
  const names = unnamed.length > 0 ? await fullNamesOf(connectionFor(session), unnamed) : new Map<string, string>();
  return { kind: session.profile.kind, asOf: Date.now(), version: license.version, apps, checkedOut: withFullNames(rows, names) };
});

/**
 * Releases one member's offline license. The app must be one this portal can release (checked
 * against the license and the portal profile first, so a refusal names the reason rather than the
 * portal's "invalid appId"); whether the member exists and has it checked out is the portal's to say.
 * A release the portal accepted is then checked by reading the member back from the app's listing.
 * The release itself is audited (member, app).
 */
export const release = serve(releaseEndpoint, async ({ session, input }) => {
  const admin = licenseAdminOf(session);
  const app = releasableApps(await admin.getLicense(), session.profile).find((a) => a.appId === input.appId);
  const appName = RELEASE_APP_NAMES[input.appId];
  if (!app) throw new ApiError('invalid_input', `This organization's license does not include ${appName}.`, { field: 'appId' });
  if (!app.releasable) throw new ApiError('not_supported', app.reason ?? `${appName} licenses cannot be released on this deployment.`);
  await audited(session, { action: 'release-license', target: input.username, parameters: { appId: input.appId, appName } }, () =>
    admin.releaseLicense(input.username, input.appId),
  );
  const report = releaseReport(appName, input.username, await readListing(session, app));
  return { username: input.username, appId: input.appId, appName, ...report };
});

export const memberSearch = serve(memberSearchEndpoint, async ({ session, input }) => ({
  members: await searchMembers(connectionFor(session), input.q),
}));
