import 'server-only';
import { importServerLicenses as importAuthorizations, listLicensedServers } from '../../arcgis/server-admin';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { serverAuthorizations } from '../../licensing/server-licenses';
import { connectionFor } from '../../session';
import { importServerLicensesEndpoint, serverLicensesEndpoint } from './contract';

export const serverLicenses = serve(serverLicensesEndpoint, async ({ session }) => {
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
});

export const importServerLicenses = serve(importServerLicensesEndpoint, async ({ session, input: { licenseFile, overwrite } }) => {
  if (!session.profile.capabilities.serverImport) {
    throw new ApiError(
      'not_supported',
      'On ArcGIS Enterprise (Windows/Linux) each ArcGIS Server is authorized on its own machine (ArcGIS Server Manager or authorizeSoftware); the portal cannot import server licenses.',
    );
  }
  const replace = overwrite === 'true';
  await importAuthorizations(connectionFor(session), licenseFile, replace);
  return { imported: true as const, overwrite: replace };
});
