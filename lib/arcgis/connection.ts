import 'server-only';
import type { z } from 'zod';
import { ArcGISError } from './errors';
import { arcgisRequestParsed, type ArcGISRequestOptions } from './request';
import { judgeTokenRefusal } from './token-check';

/** What every authenticated call needs: where the portal is and the session's token. */
export interface PortalConnection {
  portalUrl: string;
  token: string;
  referer: string;
  timeoutMs: number;
  /**
   * OAuth sessions: a new access token after the portal refused this one (498/499), or undefined
   * when it cannot be renewed. Used once per read; a change is never retried.
   */
  renewToken?: () => Promise<string | undefined>;
}

type CallOptions = Omit<ArcGISRequestOptions, 'token' | 'referer'>;

/**
 * An authenticated call to `<portal><path>`, its answer validated against `schema`. A read refused
 * with 498/499 on a connection that can renew its token is retried once with the new token; a
 * remaining 498/499 is judged (token-check.ts): the error says whether signing in again would help.
 */
export async function portalCall<Schema extends z.ZodType>(
  connection: PortalConnection,
  path: string,
  schema: Schema,
  options: CallOptions = {},
): Promise<z.output<Schema>> {
  const call = (token: string) =>
    arcgisRequestParsed(`${connection.portalUrl}${path}`, schema, {
      timeoutMs: connection.timeoutMs,
      ...options,
      token,
      referer: connection.referer,
    });
  try {
    return await call(connection.token);
  } catch (error) {
    const isRead = (options.method ?? 'GET') === 'GET' && !options.files;
    if (isRead && connection.renewToken && error instanceof ArcGISError && error.isTokenRefusal) {
      const token = await connection.renewToken().catch(() => undefined);
      if (token) return call(token);
    }
    throw await judgeTokenRefusal(error, connection);
  }
}
