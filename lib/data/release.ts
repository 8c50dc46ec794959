import 'server-only';
import { listUserEntitlements, searchMembers } from '../arcgis/members';
import { ApiError } from '../http/api-error';
import { checkedOutRows, RELEASE_APP_NAMES, releasableApps } from '../licensing/releasable-apps';
import type { ReleaseLicenseInput } from '../schemas/release-license';
import { connectionFor, type PortalSession } from '../session';
import type { CheckoutsView, MemberSuggestionsView, ReleaseResult } from './admin-views';
import { sessionLicenseAdmin } from './session-license-admin';

/** Who has ArcGIS Pro, Drone2Map or AllSource taken offline, from every page of each app's listing. */
export async function loadCheckouts(session: PortalSession): Promise<CheckoutsView> {
  const connection = connectionFor(session);
  const license = await sessionLicenseAdmin(session).getLicense();
  const apps = releasableApps(license, session.deployment.kind);
  const listings = await Promise.all(
    apps.flatMap((app) =>
      app.itemId ? [listUserEntitlements(connection, app.itemId).then((userEntitlements) => ({ app, userEntitlements }))] : [],
    ),
  );
  return { kind: session.deployment.kind, asOf: Date.now(), version: license.version, apps, checkedOut: checkedOutRows(listings) };
}

/**
 * Releases one member's offline license. The app must be one this deployment can release
 * (checked against the license first, so a refusal names the reason rather than the portal's
 * "invalid appId"); whether the member exists and has it checked out is the portal's to say.
 */
export async function releaseCheckedOutLicense(session: PortalSession, input: ReleaseLicenseInput): Promise<ReleaseResult> {
  const admin = sessionLicenseAdmin(session);
  const app = releasableApps(await admin.getLicense(), session.deployment.kind).find((a) => a.appId === input.appId);
  const appName = RELEASE_APP_NAMES[input.appId];
  if (!app) throw new ApiError('invalid_input', `This organization's license does not include ${appName}.`, { field: 'appId' });
  if (!app.releasable) throw new ApiError('not_supported', app.reason ?? `${appName} licenses cannot be released on this deployment.`);
  await admin.releaseLicense(input.username, input.appId);
  return { username: input.username, appId: input.appId, appName, message: `Released ${appName} for ${input.username}` };
}

export async function loadMemberSuggestions(session: PortalSession, text: string): Promise<MemberSuggestionsView> {
  return { members: await searchMembers(connectionFor(session), text) };
}
