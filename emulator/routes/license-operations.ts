import { EmulatorError, type Route, type RouteContext } from '../router';
import { findMember, type OrgState } from '../state';

// The license resource's admin actions, on both deployment kinds: releaseLicense (check in a
// license a member took offline) and updateLicenseManager (which restarts the portal).
// Parameters and success answers are Esri's documented ones; the error texts are ours (see README).

/** releaseLicense appId → the ids the license lists that app under; which appIds a version takes is its profile's. */
const LICENSE_IDS: Record<string, string[]> = {
  arcgisprodesktop: ['arcgisprodesktop'],
  drone2map: ['arcgisd2m', 'drone2map', 'Drone2MapN'],
  arcgisallsource: ['allsource', 'arcgisallsource'],
};

function orgOf({ deployment, match }: RouteContext): OrgState {
  // Kubernetes paths carry the org id (match[1]); the base portal has one org and no id in the path.
  if (deployment.kind === 'kubernetes' && match[1] !== deployment.org.orgId) {
    throw new EmulatorError(404, `Organization '${match[1]}' does not exist.`);
  }
  return deployment.org;
}

function releaseLicense(context: RouteContext): unknown {
  const org = orgOf(context);
  const { req, deployment } = context;
  const { traits } = deployment;
  const username = req.param('username')?.trim();
  if (!username) throw new EmulatorError(400, "Parameter 'username' is required.");
  // 10.x documents username alone and releases ArcGIS Pro: an appId it is sent goes unread, as any
  // parameter an operation does not know. From 11.0 appId chooses; Kubernetes requires it.
  const appId =
    traits.release === 'username-only'
      ? 'arcgisprodesktop'
      : req.param('appId')?.trim() || (deployment.kind === 'portal' ? 'arcgisprodesktop' : undefined);
  if (!appId) throw new EmulatorError(400, "Parameter 'appId' is required.");
  const licenseIds = traits.release === 'username-only' || traits.releaseAppIds.includes(appId) ? LICENSE_IDS[appId] : undefined;
  if (!licenseIds) {
    throw new EmulatorError(400, `Invalid appId '${appId}'. Supported values: ${traits.releaseAppIds.join(', ')}.`);
  }
  const member = findMember(org, username);
  if (!member) throw new EmulatorError(400, `User '${username}' does not exist or is inaccessible.`);
  const checkout = member.checkouts.find((c) => licenseIds.includes(c.appId) && c.disconnected);
  if (!checkout) throw new EmulatorError(400, `User '${username}' does not have a license for '${appId}' checked out.`);
  checkout.disconnected = false;
  return { status: 'success' };
}

/**
 * licenseManagerInfo as the portal takes it; from 11.4, where the License Manager is optional,
 * {"hostname":"","port":0} removes it.
 */
function parseLicenseManagerInfo(text: string | undefined, optional: boolean): { hostname: string; port: number } {
  if (!text) throw new EmulatorError(400, "Parameter 'licenseManagerInfo' is required.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new EmulatorError(400, "Parameter 'licenseManagerInfo' is not valid JSON.");
  }
  const info = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const hostname = typeof info.hostname === 'string' ? info.hostname.trim() : '';
  const port = typeof info.port === 'string' ? Number(info.port) : info.port;
  if (optional && !hostname && (port === 0 || port === undefined)) return { hostname: '', port: 0 };
  if (!hostname) throw new EmulatorError(400, "licenseManagerInfo must have a 'hostname'.");
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EmulatorError(400, "licenseManagerInfo 'port' must be a whole number from 1 to 65535.");
  }
  return { hostname, port };
}

function updateLicenseManager(context: RouteContext): unknown {
  const org = orgOf(context);
  const { req, runtime } = context;
  const info = parseLicenseManagerInfo(req.param('licenseManagerInfo'), context.deployment.traits.licenseManagerOptional);
  // The reserved .invalid domain (RFC 2606) stands for a License Manager the portal cannot reach.
  const unreachable = info.hostname.split(',').find((host) => host.trim().toLowerCase().endsWith('.invalid'));
  if (unreachable) {
    throw new EmulatorError(400, `Unable to connect to the License Manager on '${unreachable.trim()}:${info.port}'.`);
  }
  org.licenseManager = info;
  runtime.restartPortal(runtime.restartSeconds);
  // Half the restart: the dashboard's first check finds the portal still down, so its polling shows.
  return { status: 'success', recheckAfterSeconds: Math.max(1, Math.round(runtime.restartSeconds / 2)) };
}

const PORTAL_ONLY = ['portal'] as const;
const KUBERNETES_ONLY = ['kubernetes'] as const;

export const licenseOperationRoutes: Route[] = [
  // Documented as GET with a POST sample; both are served, the token read as the admin API reads it.
  {
    method: 'GET_POST',
    pattern: /^\/portaladmin\/license\/releaseLicense$/,
    api: 'admin',
    auth: 'admin',
    kinds: PORTAL_ONLY,
    title: 'Release License',
    handle: releaseLicense,
  },
  {
    method: 'GET_POST',
    pattern: /^\/admin\/orgs\/([^/]+)\/license\/releaseLicense$/,
    api: 'admin',
    auth: 'admin',
    kinds: KUBERNETES_ONLY,
    when: (traits) => traits.release !== 'absent',
    title: 'Release License',
    handle: releaseLicense,
  },
  {
    method: 'POST',
    pattern: /^\/portaladmin\/license\/updateLicenseManager$/,
    api: 'admin',
    auth: 'admin',
    kinds: PORTAL_ONLY,
    title: 'Update License Manager',
    handle: updateLicenseManager,
  },
  {
    method: 'POST',
    pattern: /^\/admin\/orgs\/([^/]+)\/license\/updateLicenseManager$/,
    api: 'admin',
    auth: 'admin',
    kinds: KUBERNETES_ONLY,
    title: 'Update License Manager',
    handle: updateLicenseManager,
  },
];
