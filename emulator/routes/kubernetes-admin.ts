import { kubernetesLicenseView } from '../license-view';
import { EmulatorError, type Route, type RouteContext } from '../router';

// The Enterprise Administrator API of an ArcGIS Enterprise on Kubernetes deployment (/admin).

const KUBERNETES_ONLY = ['kubernetes'] as const;

function requireOrg({ deployment, match }: RouteContext) {
  if (match[1] !== deployment.org.orgId) throw new EmulatorError(404, `Organization '${match[1]}' does not exist.`);
  return deployment.org;
}

export const kubernetesAdminRoutes: Route[] = [
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
    handle: (context) => kubernetesLicenseView(requireOrg(context)),
  },
];
