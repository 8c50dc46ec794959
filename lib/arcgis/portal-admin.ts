import 'server-only';
import { toOrgLicense } from '../licensing/license-model';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { portalCall, type PortalConnection } from './connection';
import type { LicenseAdmin } from './license-admin';
import { releaseLicenseAt, updateLicenseManagerAt } from './license-operations';

/** ArcGIS Enterprise (Windows/Linux): the Portal Administrator API under /portaladmin/license. */
export function portalLicenseAdmin(connection: PortalConnection): LicenseAdmin {
  return {
    deployment: { kind: 'portal' },
    async getLicense() {
      return toOrgLicense(await portalCall(connection, '/portaladmin/license', PortalLicenseSchema));
    },
    releaseLicense: (username, appId) => releaseLicenseAt(connection, '/portaladmin/license', username, appId),
    updateLicenseManager: (info) => updateLicenseManagerAt(connection, '/portaladmin/license', info),
  };
}
