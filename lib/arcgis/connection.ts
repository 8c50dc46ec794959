import 'server-only';
import type { z } from 'zod';
import { arcgisRequestParsed, type ArcGISRequestOptions } from './request';

/** What every authenticated call needs: where the portal is and the session's token. */
export interface PortalConnection {
  portalUrl: string;
  token: string;
  referer: string;
  timeoutMs: number;
}

type CallOptions = Omit<ArcGISRequestOptions, 'token' | 'referer'>;

/** An authenticated call to `<portal><path>`, its answer validated against `schema`. */
export function portalCall<Schema extends z.ZodType>(
  connection: PortalConnection,
  path: string,
  schema: Schema,
  options: CallOptions = {},
): Promise<z.output<Schema>> {
  return arcgisRequestParsed(`${connection.portalUrl}${path}`, schema, {
    timeoutMs: connection.timeoutMs,
    ...options,
    token: connection.token,
    referer: connection.referer,
  });
}
