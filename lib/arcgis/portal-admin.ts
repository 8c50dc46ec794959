import 'server-only';
import { toOrgLicense } from '../licensing/license-model';
import { FutureLicenseSchema } from '../schemas/future-license';
import { OperationSuccessSchema } from '../schemas/operation-status';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema } from '../schemas/validated-license';
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
    validateLicense(file) {
      return portalCall(connection, '/portaladmin/license/validateLicense', ValidatedLicenseSchema, {
        params: { listAdministratorUserTypes: false },
        files: { file },
      });
    },
    async importLicense(file) {
      await portalCall(connection, '/portaladmin/license/importLicense', OperationSuccessSchema, { files: { file } });
    },
    async populateLicense() {
      await portalCall(connection, '/portaladmin/license/populateLicense', OperationSuccessSchema, { method: 'POST' });
    },
    getFutureLicense() {
      return portalCall(connection, '/portaladmin/license/getFutureLicense', FutureLicenseSchema);
    },
  };
}
