import { federatedServerAt, serverUrlOf } from '../federation';
import { readLicenseFile } from '../license-files';
import { EmulatorError, type Route, type RouteContext } from '../router';
import { utcMidnight } from '../seed';
import { applyServerAuthorizationFile, serverLicensesView } from '../server-authorizations';

// ArcGIS Server licenses: the Kubernetes deployment's own server (<context>/admin/system/licenses
// and importServerLicenses), the base portal's list of federated servers, and each federated
// server's /admin/system/licenses (read with a server token).

function parseOverwrite(value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new EmulatorError(400, "Invalid value for parameter 'overwrite'. Use true or false.");
}

function importServerLicenses({ req, deployment, runtime }: RouteContext): unknown {
  const overwrite = parseOverwrite(req.param('overwrite'));
  const today = utcMidnight(runtime.now());
  const file = readLicenseFile(req.files.get('licenseFile')?.bytes, 'server', today, {
    parameter: 'licenseFile',
    headline: 'Unable to import the server authorization file.',
  });
  applyServerAuthorizationFile(deployment.org.serverAuthorizations, file, overwrite, today);
  return { status: 'success' };
}

function federationServers({ req, deployment }: RouteContext): unknown {
  const host = req.headers.host ?? '127.0.0.1';
  return {
    servers: deployment.org.federatedServers.map((server) => {
      const url = serverUrlOf(server, host);
      return {
        id: server.id,
        name: server.name,
        url,
        isHosted: server.serverRole === 'HOSTING_SERVER',
        [server.adminUrlField]: url,
        serverRole: server.serverRole,
        serverFunction: server.serverFunction,
        serverType: server.serverType,
        webgisServerTrustKey: '',
      };
    }),
  };
}

export const serverAdminRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/admin\/system\/licenses$/,
    api: 'admin',
    auth: 'admin',
    kinds: ['kubernetes'],
    title: 'Licenses',
    // The Kubernetes example also carries the License Manager; the rest is ArcGIS Server's shape.
    handle: ({ deployment }) => ({
      ...serverLicensesView(deployment.org.serverAuthorizations),
      licenseManagerInfo: deployment.org.licenseManager,
    }),
  },
  {
    method: 'POST',
    pattern: /^\/admin\/system\/licenses\/importServerLicenses$/,
    api: 'admin',
    auth: 'admin',
    kinds: ['kubernetes'],
    title: 'Import Server Licenses',
    handle: importServerLicenses,
  },
  {
    method: 'GET',
    pattern: /^\/portaladmin\/federation\/servers$/,
    api: 'admin',
    auth: 'admin',
    kinds: ['portal'],
    title: 'Servers',
    handle: federationServers,
  },
  {
    method: 'GET',
    pattern: /^\/admin\/system\/licenses$/,
    api: 'admin',
    auth: 'admin',
    kinds: ['server'],
    title: 'Licenses',
    handle: ({ deployment }) => serverLicensesView(federatedServerAt(deployment).authorizations),
  },
];
