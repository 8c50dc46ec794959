import 'server-only';
import { serverLicenseAdminFor } from '../arcgis/server-admin';
import { serverAuthorizations } from '../licensing/server-licenses';
import { connectionFor, type PortalSession } from '../session';
import type { ServerLicensesView } from './license-file-views';

export async function loadServerLicenses(session: PortalSession): Promise<ServerLicensesView> {
  const admin = serverLicenseAdminFor(connectionFor(session), session.deployment);
  const servers = await admin.listServers();
  return {
    kind: session.deployment.kind,
    asOf: Date.now(),
    canImport: admin.canImport,
    servers: servers.map(({ reading, ...server }) => ({
      ...server,
      result: reading.ok ? { ok: true, authorizations: serverAuthorizations(reading.licenses) } : { ok: false, reason: reading.reason },
    })),
  };
}

export async function importServerLicenses(session: PortalSession, file: File, overwrite: boolean): Promise<{ imported: true; overwrite: boolean }> {
  await serverLicenseAdminFor(connectionFor(session), session.deployment).importServerLicenses(file, overwrite);
  return { imported: true, overwrite };
}
