import 'server-only';
import { z } from 'zod';
import type { PortalConnection } from './connection';
import { portalCall } from './connection';
import { portalProfile, type PortalProfile } from '../licensing/portal-profile';
import { ArcGISError } from './errors';

// `id` is the organization's id: what the store files a base portal's rows under.
const PortalSelfSchema = z.looseObject({ portalDeploymentType: z.string().optional(), id: z.string().optional().catch(undefined) });
// Some versions send the version as a number (11.4) rather than a string ("11.4").
const versionField = z.union([z.string(), z.number()]).transform(String).optional().catch(undefined);
/** The /portaladmin root and the Kubernetes license resource: only their version is read here. */
const VersionedSchema = z.looseObject({ version: versionField });
const OrganizationsSchema = z.looseObject({ organizations: z.array(z.string()) });
/** The Enterprise Administration root (<context>/admin): `fullVersion` "11.0.0" is the deployment's version. */
const KubernetesRootSchema = z.looseObject({ fullVersion: versionField, currentVersion: versionField });

/** The URL has no such admin API (as opposed to: it has one and refused us). */
function isAbsentApi(error: unknown): boolean {
  if (!(error instanceof ArcGISError)) return false;
  if (error.kind === 'http' || error.kind === 'invalid-response') return true;
  return error.kind === 'portal' && error.code === 404;
}

async function kubernetesProfile(connection: PortalConnection, configuredOrgId?: string): Promise<PortalProfile> {
  const { organizations } = await portalCall(connection, '/admin/orgs', OrganizationsSchema);
  const orgId = configuredOrgId ?? organizations[0];
  if (!orgId) {
    throw new ArcGISError({
      kind: 'invalid-response',
      url: `${connection.portalUrl}/admin/orgs`,
      field: 'organizations',
      messages: ['The Kubernetes admin API lists no organization.'],
    });
  }
  // 11.0 documents a license resource without a version, so the deployment's own version comes from the
  // admin root; only when that cannot be read does the license's version (or none: the portal judges) decide.
  // Read tolerantly: a root a license-only admin role may not open must not stop the sign-in; the
  // license read beside it is the one whose failure counts.
  const [root, license] = await Promise.all([
    portalCall(connection, '/admin', KubernetesRootSchema).catch(() => undefined),
    portalCall(connection, portalProfile({ kind: 'kubernetes', orgId }).licensePath, VersionedSchema),
  ]);
  return portalProfile({ kind: 'kubernetes', orgId }, root?.fullVersion ?? root?.currentVersion ?? license.version);
}

/**
 * The portal profile (lib/licensing/portal-profile.ts): which admin API serves the configured URL,
 * checked by calling it (which also proves the account may administer it), and the version it reports. portals/self names Enterprise on Kubernetes in
 * portalDeploymentType (as ArcGIS API for Python reads it); a portal that does not say is
 * probed: /portaladmin on a base deployment, /admin/orgs on Kubernetes.
 * Auth and permission errors belong to the user, not to the kind, so they propagate.
 */
export async function readPortalProfile(connection: PortalConnection, configuredOrgId?: string): Promise<PortalProfile> {
  const self = await portalCall(connection, '/sharing/rest/portals/self', PortalSelfSchema);
  if (self.portalDeploymentType === 'ArcGISEnterpriseOnKubernetes') return kubernetesProfile(connection, configuredOrgId);
  try {
    const root = await portalCall(connection, '/portaladmin', VersionedSchema);
    return portalProfile({ kind: 'portal', orgId: self.id }, root.version);
  } catch (portalAdminError) {
    if (!isAbsentApi(portalAdminError)) throw portalAdminError;
    try {
      return await kubernetesProfile(connection, configuredOrgId);
    } catch (kubernetesError) {
      // Neither API answers: the portal admin error says more about a misconfigured URL.
      throw isAbsentApi(kubernetesError) ? portalAdminError : kubernetesError;
    }
  }
}
