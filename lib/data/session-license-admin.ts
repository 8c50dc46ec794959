import 'server-only';
import { licenseAdminFor, type LicenseAdmin } from '../arcgis/license-admin';
import { connectionFor, type PortalSession } from '../session';

/** The license operations of the signed-in admin's portal, for its deployment kind. */
export function sessionLicenseAdmin(session: PortalSession): LicenseAdmin {
  return licenseAdminFor(connectionFor(session), session.deployment);
}
