import 'server-only';
import type { PortalProfile } from '../licensing/portal-profile';
import { OperationAnswerSchema } from '../schemas/operation-status';
import { ServerLicensesSchema, type ServerLicenses } from '../schemas/server-licenses';
import { portalCall, type PortalConnection } from './connection';
import { listFederatedServers, readFederatedServerLicenses, type ServerReading } from './federation';
import { portalOperation } from './operation';

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

const KUBERNETES_SERVER_NAME = 'ArcGIS Server (this deployment)';

const LICENSES_PATH = '/admin/system/licenses';
const IMPORT_PATH = `${LICENSES_PATH}/importServerLicenses`;

/** Enterprise on Kubernetes: its built-in server's authorizations, GET <context>/admin/system/licenses. Throws ArcGISError. */
export function readDeploymentServerLicenses(connection: PortalConnection): Promise<ServerLicenses> {
  return portalCall(connection, LICENSES_PATH, ServerLicensesSchema);
}

async function kubernetesServers(connection: PortalConnection): Promise<LicensedServer[]> {
  const licenses = await readDeploymentServerLicenses(connection);
  return [{ id: 'kubernetes', name: KUBERNETES_SERVER_NAME, url: connection.portalUrl, reading: { ok: true, licenses } }];
}

/** A base deployment: every server federated with the portal, each read with its own token. */
async function federatedServers(connection: PortalConnection): Promise<LicensedServer[]> {
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
}

/** The ArcGIS Servers whose authorizations this portal's admin can read, each with its reading. */
export function listLicensedServers(connection: PortalConnection, profile: PortalProfile): Promise<LicensedServer[]> {
  return profile.kind === 'kubernetes' ? kubernetesServers(connection) : federatedServers(connection);
}

/**
 * importServerLicenses on Enterprise on Kubernetes (capabilities.serverImport): appends the file's
 * authorizations, or replaces all of them (overwrite). Done only when the server answers
 * {"status":"success"}; any other answer (e.g. {"status":"failed","messages":[…]}) throws an
 * ArcGISError (kind "portal") carrying the server's messages, as does an error body.
 */
export async function importServerLicenses(connection: PortalConnection, file: File, overwrite: boolean): Promise<void> {
  await portalOperation(connection, IMPORT_PATH, OperationAnswerSchema, {
    params: { overwrite },
    files: { licenseFile: file },
  });
}
