import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newAuthorizationRequest, readAuthorizationResponse } from './oauth-response';

const PORTAL = 'https://gis.example.com/portal';
const CALLBACK = 'https://dash.example.com/api/session/oauth/callback';

describe('newAuthorizationRequest', () => {
  it('makes a 43-character base64url verifier whose S256 challenge is its SHA-256, base64url', async () => {
    const { codeVerifier, codeChallenge, state } = await newAuthorizationRequest();
    expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codeChallenge).toBe(createHash('sha256').update(codeVerifier).digest('base64url'));
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('never repeats a verifier or a state', async () => {
    const [a, b] = await Promise.all([newAuthorizationRequest(), newAuthorizationRequest()]);
    expect(a.codeVerifier).not.toBe(b.codeVerifier);
    expect(a.state).not.toBe(b.state);
  });
});

describe('readAuthorizationResponse', () => {
  it('gives the code when the state is the one sent', () => {
    expect(readAuthorizationResponse(PORTAL, 'app', new URL(`${CALLBACK}?code=abc&state=s1`), 's1')).toEqual({ code: 'abc' });
  });

  it('refuses another state, a missing state and a browser that started nothing', () => {
    for (const [url, expected] of [
      [`${CALLBACK}?code=abc&state=s2`, 's1'],
      [`${CALLBACK}?code=abc`, 's1'],
      [`${CALLBACK}?code=abc&state=s1`, undefined],
    ] as const) {
      const result = readAuthorizationResponse(PORTAL, 'app', new URL(url), expected);
      expect(result).toMatchObject({ problem: { kind: 'stale-state' } });
    }
  });

  it('says a cancel is a cancel, and gives the portal’s words for other errors', () => {
    const denied = readAuthorizationResponse(
      PORTAL,
      'app',
      new URL(`${CALLBACK}?error=access_denied&error_description=The%20user%20has%20denied%20your%20request&state=s1`),
      's1',
    );
    expect(denied).toMatchObject({ problem: { kind: 'denied' } });
    const refused = readAuthorizationResponse(
      PORTAL,
      'app',
      new URL(`${CALLBACK}?error=invalid_request&error_description=Account%20disabled&state=s1`),
      's1',
    );
    expect(refused).toEqual({ problem: { kind: 'portal-error', words: 'The portal refused the sign-in: Account disabled.' } });
  });

  it('does not take an error for a code when the state is foreign', () => {
    const result = readAuthorizationResponse(PORTAL, 'app', new URL(`${CALLBACK}?error=access_denied&state=evil`), 's1');
    expect(result).toMatchObject({ problem: { kind: 'stale-state' } });
  });
});
