import 'server-only';
import { z } from 'zod';
import { arcgisRequestParsed } from './request';

export const TokenResponseSchema = z.looseObject({
  token: z.string().min(1),
  expires: z.number(),
  ssl: z.boolean().optional(),
});

export interface IssuedToken {
  token: string;
  /** Epoch milliseconds. */
  expires: number;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Portal tokens requested by the dashboard live this long; the portal may grant less. */
export const TOKEN_MINUTES = 60;

/**
 * generateToken with client=referer: the token is then valid only with this Referer, which
 * every later call sends. Bad credentials come back as a sharing-shape error (code 400).
 */
export async function generateToken(portalUrl: string, credentials: Credentials, referer: string, timeoutMs: number): Promise<IssuedToken> {
  const issued = await arcgisRequestParsed(`${portalUrl}/sharing/rest/generateToken`, TokenResponseSchema, {
    method: 'POST',
    params: {
      username: credentials.username,
      password: credentials.password,
      client: 'referer',
      referer,
      expiration: TOKEN_MINUTES,
    },
    referer,
    timeoutMs,
  });
  return { token: issued.token, expires: issued.expires };
}
