import 'server-only';
import type { z } from 'zod';
import { arcgisRequestParsed, type ArcGISRequestOptions } from './request';
import { judgeTokenRefusal } from './token-check';

/** What every authenticated call needs: where the portal is and the session's token. */
export interface PortalConnection {
  portalUrl: string;
  token: string;
  referer: string;
  timeoutMs: number;
}

type CallOptions = Omit<ArcGISRequestOptions, 'token' | 'referer'>;

/**
 * An authenticated call to `<portal><path>`, its answer validated against `schema`. A 498/499 is
 * judged (token-check.ts): the error says whether signing in again would help.
 */
export async function portalCall<Schema extends z.ZodType>(
  connection: PortalConnection,
  path: string,
  schema: Schema,
  options: CallOptions = {},
): Promise<z.output<Schema>> {
  try {
    return await arcgisRequestParsed(`${connection.portalUrl}${path}`, schema, {
      timeoutMs: connection.timeoutMs,
      ...options,
      token: connection.token,
      referer: connection.referer,
    });
  } catch (error) {
    throw await judgeTokenRefusal(error, connection);
  }
}
