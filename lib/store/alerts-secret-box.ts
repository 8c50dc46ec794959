import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Channel secrets (webhook URLs, SMTP URLs with their password) are stored encrypted: AES-256-GCM,
// the authenticated cipher node:crypto ships (OpenSSL underneath), with a key derived by HKDF-SHA256
// from ALERTS_SECRET or SESSION_SECRET. node:crypto is the platform's own, kept with Node itself: a
// library would only wrap these same three calls. GCM's tag makes a tampered or foreign value fail
// to open instead of decrypting to garbage.

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
// Fixed, public inputs of HKDF: they bind the key to this one use, so the session cookie's key (also
// derived from SESSION_SECRET, by iron-session) and this one never coincide.
const SALT = 'arcgis-license-dashboard';
const INFO = 'alert-channel-secrets/v1';

/** Encrypts and opens channel secrets with one key. */
export interface SecretBox {
  seal(plain: string): string;
  /** Throws when the value was sealed with another key or altered. */
  open(sealed: string): string;
}

/** A box keyed by HKDF-SHA256 over `secret` (ALERTS_SECRET, else SESSION_SECRET: at least 32 characters). */
export function secretBox(secret: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32));
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      const [version, payload] = sealed.split('.');
      if (version !== VERSION || payload === undefined) throw new Error('This channel secret was not sealed by this dashboard.');
      const bytes = Buffer.from(payload, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new Error('This channel secret cannot be opened: ALERTS_SECRET (or SESSION_SECRET) changed since it was stored.', { cause: error });
      }
    },
  };
}
