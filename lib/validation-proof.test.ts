import { describe, expect, it } from 'vitest';
import { checkProof, fileDigest, issueProof, PROOF_LIFETIME_MS, sessionKey } from './validation-proof';

const SECRET = 'a-session-secret-of-at-least-32-characters!';
const NOW = 1_760_000_000_000;
const bytes = new TextEncoder().encode('{"format":"license"}');
const subject = { digest: fileDigest(bytes), session: sessionKey(SECRET, 'token-1', 'https://gis.example.com/portal'), purpose: 'portal' };

describe('validation proofs', () => {
  const { proof, expires } = issueProof(SECRET, subject, NOW);

  it('accept the same bytes, in the same session, for the same deployment, while fresh', () => {
    expect(expires).toBe(NOW + PROOF_LIFETIME_MS);
    expect(checkProof(SECRET, proof, subject, NOW + 1000)).toEqual({ ok: true });
  });

  it('refuse other bytes, another session, another deployment, an old proof', () => {
    const other = new TextEncoder().encode('{"format":"license2"}');
    expect(checkProof(SECRET, proof, { ...subject, digest: fileDigest(other) }, NOW)).toEqual({
      ok: false,
      reason: 'this is not the file that was validated',
    });
    expect(checkProof(SECRET, proof, { ...subject, session: sessionKey(SECRET, 'token-2', 'https://gis.example.com/portal') }, NOW)).toEqual({
      ok: false,
      reason: 'it was validated in another session',
    });
    expect(checkProof(SECRET, proof, { ...subject, purpose: 'kubernetes:0123456789ABCDEF' }, NOW).ok).toBe(false);
    expect(checkProof(SECRET, proof, subject, NOW + PROOF_LIFETIME_MS)).toEqual({ ok: false, reason: 'the validation is more than 30 minutes old' });
  });

  it('refuse forgeries: another key, an edited payload, garbage', () => {
    expect(checkProof('another-secret-that-is-also-long-enough!!', proof, subject, NOW).ok).toBe(false);
    const [body, mac] = proof.split('.') as [string, string];
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), expires: NOW * 2 })).toString('base64url');
    expect(checkProof(SECRET, `${edited}.${mac}`, subject, NOW).ok).toBe(false);
    for (const garbage of ['', 'abc', 'a.b.c', `${body}.`, `.${mac}`]) expect(checkProof(SECRET, garbage, subject, NOW).ok).toBe(false);
  });

  it('hold neither the token nor the file', () => {
    const decoded = Buffer.from(proof.split('.')[0] as string, 'base64url').toString();
    expect(decoded).not.toContain('token-1');
    expect(decoded).not.toContain('license');
  });
});
