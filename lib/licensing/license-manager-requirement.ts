import { OPTIONAL_LICENSE_MANAGER_MINIMUM, type DeploymentKind } from './portal-profile';

/** The product as an admin knows it, with the version the portal reported ("ArcGIS Enterprise on Kubernetes 11.3"). */
function productName(kind: DeploymentKind, version: string): string {
  return `ArcGIS Enterprise${kind === 'kubernetes' ? ' on Kubernetes' : ''} ${version}`;
}

/**
 * What the License Manager form says about needing one, with the portal's version (reported at
 * sign-in): required before 11.4, optional from 11.4 (lib/licensing/portal-profile.ts), and when the
 * portal did not say, both rules. Esri's reference documents no way to remove a License Manager, so
 * where it is optional the admin is told to leave the host as it is rather than to empty it.
 */
export function licenseManagerRequirement(portal: { kind: DeploymentKind; version?: string; required: boolean }): string {
  const minimum = OPTIONAL_LICENSE_MANAGER_MINIMUM;
  if (portal.required) {
    return `${productName(portal.kind, portal.version ?? `before ${minimum}`)} needs a License Manager for ArcGIS Pro licenses, so a host is required (it becomes optional at ${minimum}).`;
  }
  const keep = 'Leave the host as it is to keep the current setting; fill it in only to set or change a License Manager.';
  if (!portal.version) {
    return `The portal did not report its version. From ArcGIS Enterprise ${minimum} a License Manager is optional; before ${minimum} it is required. ${keep}`;
  }
  return `On ${productName(portal.kind, portal.version)} a License Manager is optional: from ${minimum} the portal licenses ArcGIS Pro itself. ${keep}`;
}
