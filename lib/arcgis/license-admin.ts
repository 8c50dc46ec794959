import 'server-only';
import type { OrgLicense } from '../licensing/license-model';
import type { PortalConnection } from './connection';
import type { Deployment } from './deployment';
import { kubernetesLicenseAdmin } from './kubernetes-admin';
import { portalLicenseAdmin } from './portal-admin';

/**
 * The organization-license operations, whichever admin API the deployment has.
 * Pages and routes talk to this interface only, never to one kind's endpoints.
 */
export interface LicenseAdmin {
  readonly deployment: Deployment;
  getLicense(): Promise<OrgLicense>;
}

export function licenseAdminFor(connection: PortalConnection, deployment: Deployment): LicenseAdmin {
  return deployment.kind === 'kubernetes'
    ? kubernetesLicenseAdmin(connection, deployment.orgId)
    : portalLicenseAdmin(connection);
}
