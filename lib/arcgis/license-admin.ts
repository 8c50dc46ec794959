import 'server-only';
import { toOrgLicense, type OrgLicense } from '../licensing/license-model';
import type { PortalProfile } from '../licensing/portal-profile';
import type { ReleaseAppId } from '../licensing/releasable-apps';
import { FutureLicenseSchema, type FutureLicense } from '../schemas/future-license';
import { UpdateLicenseManagerResponseSchema } from '../schemas/license-operations';
import { OperationAnswerSchema } from '../schemas/operation-status';
import { PortalLicenseSchema } from '../schemas/portal-license';
import { ValidatedLicenseSchema, type ValidatedLicense } from '../schemas/validated-license';
import { portalCall, type PortalConnection } from './connection';
import { portalOperation } from './operation';

// The organization license's operations, at the paths and with the parameters the portal profile
// names: the Portal Administrator API (<portal>/portaladmin/license) or the Enterprise Administrator
// API on Kubernetes (<context>/admin/orgs/<orgID>/license). Every method throws ArcGISError only
// (an operation the portal did not answer "status":"success" included); whether an operation
// exists on this portal is the profile's capabilities, checked by the caller.

interface LicenseManagerInfo {
  /** "primary[,backup]" */
  hostname: string;
  port: number;
}

interface LicenseManagerUpdate {
  /** Seconds the portal asked the caller to wait before checking on it again, when it said. */
  recheckAfterSeconds?: number;
}

export interface LicenseAdmin {
  /** GET the license resource, as the one model both kinds share. */
  getLicense(): Promise<OrgLicense>;
  /** releaseLicense: checks in a license a member took offline (username, and appId where the version takes it). */
  releaseLicense(username: string, appId: ReleaseAppId): Promise<void>;
  /** updateLicenseManager: the portal restarts by itself after answering. */
  updateLicenseManager(info: LicenseManagerInfo): Promise<LicenseManagerUpdate>;
  /** validateLicense: what the portal reads in a license file (MyEsri shape); throws the portal's refusal. */
  validateLicense(file: File): Promise<ValidatedLicense>;
  /** importLicense: applies the file, replacing the organization's user types, apps and bundles. */
  importLicense(file: File): Promise<void>;
  /** populateLicense (base portal, capabilities.populateLicense). */
  populateLicense(): Promise<void>;
  /** getFutureLicense (base portal 10.7.1+, capabilities.futureLicense): seats that take effect later. */
  getFutureLicense(): Promise<FutureLicense>;
}

export function licenseAdmin(connection: PortalConnection, profile: PortalProfile): LicenseAdmin {
  const { licensePath, operationsPath } = profile;
  return {
    async getLicense() {
      return toOrgLicense(await portalCall(connection, licensePath, PortalLicenseSchema));
    },
    async releaseLicense(username, appId) {
      await portalOperation(connection, `${operationsPath}/releaseLicense`, OperationAnswerSchema, {
        method: 'POST',
        params: profile.capabilities.releaseTakesAppId ? { username, appId } : { username },
      });
    },
    async updateLicenseManager(info) {
      const answer = await portalOperation(connection, `${operationsPath}/updateLicenseManager`, UpdateLicenseManagerResponseSchema, {
        method: 'POST',
        params: { licenseManagerInfo: { hostname: info.hostname, port: info.port } },
      });
      return answer.recheckAfterSeconds === undefined ? {} : { recheckAfterSeconds: answer.recheckAfterSeconds };
    },
    validateLicense(file) {
      // listAdministratorUserTypes is required on Kubernetes (default false): false asks for the license itself.
      return portalCall(connection, `${licensePath}/validateLicense`, ValidatedLicenseSchema, {
        params: { listAdministratorUserTypes: false },
        files: { file },
      });
    },
    async importLicense(file) {
      await portalOperation(connection, `${licensePath}/importLicense`, OperationAnswerSchema, { files: { file } });
    },
    async populateLicense() {
      await portalOperation(connection, `${licensePath}/populateLicense`, OperationAnswerSchema, { method: 'POST' });
    },
    getFutureLicense() {
      return portalCall(connection, `${licensePath}/getFutureLicense`, FutureLicenseSchema);
    },
  };
}
