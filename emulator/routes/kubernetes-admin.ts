import { organizationLicenseView } from '../license-view';
import { fullVersion } from '../profiles/routing';
import { EmulatorError, type Route, type RouteContext } from '../router';

// The Enterprise Administrator API of an ArcGIS Enterprise on Kubernetes deployment (/admin).

const KUBERNETES_ONLY = ['kubernetes'] as const;

function requireOrg({ deployment, match }: RouteContext) {
  if (match[1] !== deployment.org.orgId) throw new EmulatorError(404, `Organization '${match[1]}' does not exist.`);
  return deployment.org;
}

/** The Enterprise Administrator root: Esri documents that every view of it returns the deployment's version. */
function adminRoot({ deployment }: RouteContext): unknown {
  const { version } = deployment.traits;
  return {
    fullVersion: fullVersion(version),
    resources: ['orgs', 'logs', 'system', 'datastores', 'uploads', 'services'],
    // Esri's example prints it as a bare 10.9.1, which is not JSON: a string here.
    currentVersion: version,
    status: { stages: [{ name: 'License validation', state: 'completed' }] },
  };
}

export const kubernetesAdminRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/admin\/?$/,
    api: 'admin',
    auth: 'admin',
    kinds: KUBERNETES_ONLY,
    title: 'ArcGIS Enterprise Administrator Directory',
    handle: adminRoot,
  },
  {
    method: 'GET',
    pattern: /^\/admin\/orgs$/,
    api: 'admin',
    auth: 'admin',
    kinds: KUBERNETES_ONLY,
    title: 'Organizations',
    handle: ({ deployment }) => ({ organizations: [deployment.org.orgId] }),
  },
  {
    method: 'GET',
    pattern: /^\/admin\/orgs\/([^/]+)\/license$/,
    api: 'admin',
    auth: 'admin',
    kinds: KUBERNETES_ONLY,
    title: 'License',
    handle: (context) => organizationLicenseView(requireOrg(context), context.deployment.traits),
  },
];
