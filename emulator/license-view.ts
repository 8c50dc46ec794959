import { memberCounts, type OrgState } from './state';
import type { VersionTraits } from './profiles/table';

/** The license resource as /portaladmin/license answers: the stored license plus member counts. */
export function portalLicenseView(org: OrgState): Record<string, unknown> {
  const perUserType = memberCounts(org, 'userLicenseType');
  const { license } = org;
  return {
    currentRegisteredMembers: org.members.length,
    maximumRegisteredMembers: license.maximumRegisteredMembers,
    version: license.version,
    userTypes: license.userTypes.map((e) => ({
      id: e.id,
      maximumRegisteredMembers: e.maximumRegisteredMembers,
      expiration: e.expiration,
      currentRegisteredMembers: perUserType.get(e.id) ?? 0,
    })),
    appBundles: license.appBundles,
    apps: license.apps,
    extensions: license.extensions,
    portalCapabilities: license.portalCapabilities,
    licenseManagerInfo: org.licenseManager,
  };
}

/** The Kubernetes organization license: the same fields plus the ArcGIS Server features. */
function kubernetesLicenseView(org: OrgState): Record<string, unknown> {
  return {
    ...portalLicenseView(org),
    capabilities: { features: org.serverAuthorizations.features },
  };
}

/**
 * The organization license as a deployment of this version answers it: Kubernetes adds the server
 * features; Kubernetes 11.0 documents it without `version` and without member counts.
 */
export function organizationLicenseView(org: OrgState, traits: VersionTraits): Record<string, unknown> {
  const view = traits.licenseReportsCapabilities ? kubernetesLicenseView(org) : portalLicenseView(org);
  if (traits.licenseReportsVersion && traits.licenseReportsMemberCounts) return view;
  const { version, currentRegisteredMembers, ...rest } = view;
  return {
    ...(traits.licenseReportsMemberCounts ? { currentRegisteredMembers } : {}),
    ...rest,
    ...(traits.licenseReportsVersion ? { version } : {}),
    ...(traits.licenseReportsMemberCounts
      ? {}
      : { userTypes: org.license.userTypes.map(({ id, maximumRegisteredMembers, expiration }) => ({ id, maximumRegisteredMembers, expiration })) }),
  };
}
