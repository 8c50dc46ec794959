import 'server-only';
import { ArcGISError } from './errors';
import { arcgisRequest } from './request';

export type PortalStatus = { reachable: true } | { reachable: false; problem: string };

/**
 * Whether the portal answers at all, asked without a token: portals/self answers anonymous callers,
 * so this works while a restart has invalidated every token. Any ArcGIS answer, an error body
 * included, means the portal is serving; no answer, or a web adaptor's error page, means it is not (yet).
 */
export async function probePortal(portalUrl: string, timeoutMs: number): Promise<PortalStatus> {
  try {
    await arcgisRequest(`${portalUrl}/sharing/rest/portals/self`, { timeoutMs });
    return { reachable: true };
  } catch (error) {
    if (!(error instanceof ArcGISError)) throw error;
    if (error.kind === 'portal') return { reachable: true };
    return { reachable: false, problem: error.messages[0] ?? 'The portal did not answer.' };
  }
}
