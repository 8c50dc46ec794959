import 'server-only';
import type { PortalConnection } from '../../arcgis/connection';
import { ArcGISError } from '../../arcgis/errors';
import { importServerLicenses as importAuthorizations, listLicensedServers, readDeploymentServerLicenses } from '../../arcgis/server-admin';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { KUBERNETES_ONE_LICENSE_FILE } from '../../licensing/portal-profile';
import { diffAuthorizations } from '../../licensing/server-license-diff';
import { serverAuthorizations, type ServerAuthorization } from '../../licensing/server-licenses';
import { connectionFor, type PortalSession } from '../../session';
import { audited } from '../audit/audited';
import { fileParameters } from '../audit/file-parameters';
import { serversForSnapshot } from '../history/snapshot-on-open';
import { importServerLicensesEndpoint, serverLicensesEndpoint, type ImportServerLicensesResult } from './contract';

const KUBERNETES_ONE_FILE = `ArcGIS Enterprise on Kubernetes ${KUBERNETES_ONE_LICENSE_FILE} and later license their servers through the organization's one license file (the server license import is deprecated there): import that file on the Import license page.`;

export const serverLicenses = serve(serverLicensesEndpoint, ({ session }) => serversForSnapshot(session, readServerLicenses(session)));

async function readServerLicenses(session: PortalSession) {
  const servers = await listLicensedServers(connectionFor(session), session.profile);
  return {
    kind: session.profile.kind,
    asOf: Date.now(),
    canImport: session.profile.capabilities.serverImport,
    servers: servers.map(({ reading, ...server }) => ({
      ...server,
      result: reading.ok
        ? { ok: true as const, authorizations: serverAuthorizations(reading.licenses) }
        : { ok: false as const, reason: reading.reason },
    })),
  };
}

export const importServerLicenses = serve(importServerLicensesEndpoint, async ({ session, input: { licenseFile, overwrite } }) => {
  if (!session.profile.capabilities.serverImport) {
    throw new ApiError(
      'not_supported',
      session.profile.kind === 'kubernetes'
        ? KUBERNETES_ONE_FILE
        : 'On ArcGIS Enterprise (Windows/Linux) each ArcGIS Server is authorized on its own machine (ArcGIS Server Manager or authorizeSoftware); the portal cannot import server licenses.',
    );
  }
  const replace = overwrite === 'true';
  const connection = connectionFor(session);
  // Read just before, so the difference is this import's and not an earlier one's.
  const before = serverAuthorizations(await readDeploymentServerLicenses(connection));
  await audited(
    session,
    { action: 'import-server-license', target: licenseFile.name, parameters: { ...(await fileParameters(licenseFile)), overwrite: replace } },
    () => importAuthorizations(connection, licenseFile, replace),
  );
  return { imported: true as const, overwrite: replace, asOf: Date.now(), readBack: await readBack(connection, before) };
});

/** The authorizations after the import against `before`; the import is done either way, so a failed read is said, not thrown. */
async function readBack(connection: PortalConnection, before: ServerAuthorization[]): Promise<ImportServerLicensesResult['readBack']> {
  try {
    return { ok: true, changes: diffAuthorizations(before, serverAuthorizations(await readDeploymentServerLicenses(connection))) };
  } catch (error) {
    if (!(error instanceof ArcGISError)) throw error;
    return { ok: false, reason: error.messages.join(' ') };
  }
}
