import 'server-only';
import { listUserEntitlements, searchMembers } from '../../arcgis/members';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { checkedOutRows, RELEASE_APP_NAMES, releasableApps } from '../../licensing/releasable-apps';
import { connectionFor, licenseAdminOf } from '../../session';
import { checkoutsEndpoint, memberSearchEndpoint, releaseEndpoint } from './contract';

export const checkouts = serve(checkoutsEndpoint, async ({ session }) => {
  const connection = connectionFor(session);
  const license = await licenseAdminOf(session).getLicense();
  const apps = releasableApps(license, session.profile);
  const listings = await Promise.all(
    apps.flatMap((app) => (app.itemId ? [listUserEntitlements(connection, app.itemId).then((userEntitlements) => ({ app, userEntitlements }))] : [])),
  );
  return { kind: session.profile.kind, asOf: Date.now(), version: license.version, apps, checkedOut: checkedOutRows(listings) };
});

/**
 * Releases one member's offline license. The app must be one this portal can release (checked
 * against the license and the portal profile first, so a refusal names the reason rather than the
 * portal's "invalid appId"); whether the member exists and has it checked out is the portal's to say.
 */
export const release = serve(releaseEndpoint, async ({ session, input }) => {
  const admin = licenseAdminOf(session);
  const app = releasableApps(await admin.getLicense(), session.profile).find((a) => a.appId === input.appId);
  const appName = RELEASE_APP_NAMES[input.appId];
  if (!app) throw new ApiError('invalid_input', `This organization's license does not include ${appName}.`, { field: 'appId' });
  if (!app.releasable) throw new ApiError('not_supported', app.reason ?? `${appName} licenses cannot be released on this deployment.`);
  await admin.releaseLicense(input.username, input.appId);
  return { username: input.username, appId: input.appId, appName, message: `Released ${appName} for ${input.username}` };
});

export const memberSearch = serve(memberSearchEndpoint, async ({ session, input }) => ({
  members: await searchMembers(connectionFor(session), input.q),
}));
