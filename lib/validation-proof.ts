import 'server-only';
import { createHash, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

// A file is imported only if the portal validated those very bytes, in this session, a short
// while ago. The validate route hands the browser a proof of that: the file's digest, the
// session it belongs to, the deployment and an expiry, signed (HMAC-SHA256) with a key derived
// from SESSION_SECRET. It holds no secret and no token; without the session cookie and the same
// bytes it is useless. Stateless, so instances behind a load balancer (which share nothing but
// SESSION_SECRET) all accept it.

/** How long after validation the file may be imported. */
export const PROOF_LIFETIME_MS = 30 * 60_000;

export interface ProofSubject {
  /** sha256 of the file's bytes (fileDigest). */
  digest: string;
  /** Identifies the session (sessionKey): a new sign-in makes old proofs worthless. */
  session: string;
  /** What the file was validated for, e.g. "portal" or "kubernetes:<orgId>". */
  purpose: string;
}

export type ProofCheck = { ok: true } | { ok: false; reason: string };

interface Payload extends ProofSubject {
  v: 1;
  expires: number;
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export function fileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

function derivedKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'license-dashboard', purpose, 32));
}

/**
 * Identifies the session by its portal token and portal, keyed with the secret: the proof carries
 * this, which says nothing about the token to anyone without SESSION_SECRET.
 */
export function sessionKey(secret: string, token: string, portalUrl: string): string {
  return createHmac('sha256', derivedKey(secret, 'license-validation-session')).update(`${portalUrl}\n${token}`).digest('base64url');
}

function signingKey(secret: string): Buffer {
  return derivedKey(secret, 'license-validation-proof');
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', signingKey(secret)).update(body).digest('base64url');
}

export function issueProof(secret: string, subject: ProofSubject, now: number): { proof: string; expires: number } {
  const expires = now + PROOF_LIFETIME_MS;
  const payload: Payload = { v: 1, ...subject, expires };
  const body = base64url(JSON.stringify(payload));
  return { proof: `${body}.${sign(secret, body)}`, expires };
}

function readPayload(body: string): Payload | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const p = value as Record<string, unknown>;
    const strings = ['digest', 'session', 'purpose'].every((k) => typeof p[k] === 'string');
    return p.v === 1 && strings && typeof p.expires === 'number' ? (value as Payload) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `proof` shows that this file was validated for this session and purpose, and is still fresh. */
export function checkProof(secret: string, proof: string, subject: ProofSubject, now: number): ProofCheck {
  const [body, mac, ...rest] = proof.split('.');
  if (!body || !mac || rest.length > 0) return { ok: false, reason: 'it is not a proof the dashboard issued' };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'it is not a proof the dashboard issued' };
  }
  const payload = readPayload(body);
  if (!payload) return { ok: false, reason: 'it is not a proof the dashboard issued' };
  if (payload.session !== subject.session) return { ok: false, reason: 'it was validated in another session' };
  if (payload.purpose !== subject.purpose) return { ok: false, reason: 'it was validated for another deployment' };
  if (payload.digest !== subject.digest) return { ok: false, reason: 'this is not the file that was validated' };
  if (payload.expires <= now) return { ok: false, reason: 'the validation is more than 30 minutes old' };
  return { ok: true };
}
