import 'server-only';
import { ApiError } from '../http/api-error';
import { OperationSuccessSchema } from '../schemas/operation-status';
import { ServerLicensesSchema } from '../schemas/server-licenses';
import { portalCall, type PortalConnection } from './connection';
import type { Deployment } from './deployment';
import { listFederatedServers, readFederatedServerLicenses, type ServerReading } from './federation';

// ArcGIS Server authorizations, whichever kind of deployment: Enterprise on Kubernetes has one
// built-in server under its own context; a base deployment has the servers federated with its portal.

export interface LicensedServer {
  id: string;
  /** How the portal names it ("machine.domain.com:6443"); labels its expirations. */
  name: string;
  url: string;
  role?: string;
  serverFunction?: string;
  reading: ServerReading;
}

export interface ServerLicenseAdmin {
  /** Only Enterprise on Kubernetes imports server authorization files through this API. */
  readonly canImport: boolean;
  listServers(): Promise<LicensedServer[]>;
  /** importServerLicenses: append the file's authorizations, or replace all of them (overwrite). */
  importServerLicenses(file: File, overwrite: boolean): Promise<void>;
}

const KUBERNETES_SERVER_NAME = 'ArcGIS Server (this deployment)';

function kubernetesServerAdmin(connection: PortalConnection): ServerLicenseAdmin {
  return {
    canImport: true,
    async listServers() {
      const licenses = await portalCall(connection, '/admin/system/licenses', ServerLicensesSchema);
      return [{ id: 'kubernetes', name: KUBERNETES_SERVER_NAME, url: connection.portalUrl, reading: { ok: true, licenses } }];
    },
    async importServerLicenses(file, overwrite) {
      await portalCall(connection, '/admin/system/licenses/importServerLicenses', OperationSuccessSchema, {
        params: { overwrite },
        files: { licenseFile: file },
      });
    },
  };
}

function federatedServerAdmin(connection: PortalConnection): ServerLicenseAdmin {
  return {
    canImport: false,
    async listServers() {
      const servers = await listFederatedServers(connection);
      // Every server at once: one that does not answer costs its own timeout, not the others'.
      return Promise.all(
        servers.map(async (server, i) => ({
          id: server.id ?? `server-${i + 1}`,
          name: server.name ?? server.url,
          url: server.url,
          ...(server.serverRole ? { role: server.serverRole } : {}),
          ...(server.serverFunction ? { serverFunction: server.serverFunction } : {}),
          reading: await readFederatedServerLicenses(connection, server),
        })),
      );
    },
    async importServerLicenses() {
      throw new ApiError(
        'not_supported',
        'On ArcGIS Enterprise (Windows/Linux) each ArcGIS Server is authorized on its own machine (ArcGIS Server Manager or authorizeSoftware); the portal cannot import server licenses.',
      );
    },
  };
}

export function serverLicenseAdminFor(connection: PortalConnection, deployment: Deployment): ServerLicenseAdmin {
  return deployment.kind === 'kubernetes' ? kubernetesServerAdmin(connection) : federatedServerAdmin(connection);
}
