import 'server-only';
import { z } from 'zod';
import type { PortalConnection } from './connection';
import { portalCall } from './connection';
import { ArcGISError } from './errors';

export type Deployment = { kind: 'portal' } | { kind: 'kubernetes'; orgId: string };
export type DeploymentKind = Deployment['kind'];

const PortalSelfSchema = z.looseObject({ portalDeploymentType: z.string().optional() });
const PortalAdminRootSchema = z.looseObject({});
const OrganizationsSchema = z.looseObject({ organizations: z.array(z.string()) });

/** The URL has no such admin API (as opposed to: it has one and refused us). */
function isAbsentApi(error: unknown): boolean {
  if (!(error instanceof ArcGISError)) return false;
  if (error.kind === 'http' || error.kind === 'invalid-response') return true;
  return error.kind === 'portal' && error.code === 404;
}

async function kubernetesOrg(connection: PortalConnection, configuredOrgId?: string): Promise<Deployment> {
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
  return { kind: 'kubernetes', orgId };
}

/**
 * Which admin API serves the configured URL, checked by calling it (which also proves the
 * account may administer it). portals/self names Enterprise on Kubernetes in
 * portalDeploymentType (as ArcGIS API for Python reads it); a portal that does not say is
 * probed: /portaladmin on a base deployment, /admin/orgs on Kubernetes.
 * Auth and permission errors belong to the user, not to the kind, so they propagate.
 */
export async function detectDeployment(connection: PortalConnection, configuredOrgId?: string): Promise<Deployment> {
  const self = await portalCall(connection, '/sharing/rest/portals/self', PortalSelfSchema);
  if (self.portalDeploymentType === 'ArcGISEnterpriseOnKubernetes') return kubernetesOrg(connection, configuredOrgId);
  try {
    await portalCall(connection, '/portaladmin', PortalAdminRootSchema);
    return { kind: 'portal' };
  } catch (portalAdminError) {
    if (!isAbsentApi(portalAdminError)) throw portalAdminError;
    try {
      return await kubernetesOrg(connection, configuredOrgId);
    } catch (kubernetesError) {
      // Neither API answers: the portal admin error says more about a misconfigured URL.
      throw isAbsentApi(kubernetesError) ? portalAdminError : kubernetesError;
    }
  }
}
