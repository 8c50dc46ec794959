import { describe, expect, it } from 'vitest';
import { isHttpsRequest, isSameOrigin } from './origin';

describe('isSameOrigin', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('accepts the dashboard’s own origin', () => {
    expect(isSameOrigin(headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://dash.example', host: 'internal:3000', 'x-forwarded-host': 'dash.example' }))).toBe(true);
  });

  it('refuses a foreign, missing or opaque origin', () => {
    expect(isSameOrigin(headers({ origin: 'https://evil.example', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(headers({ host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://localhost:3001', host: 'localhost:3000' }))).toBe(false);
  });
});

describe('isHttpsRequest', () => {
  it('follows a TLS-terminating proxy', () => {
    expect(isHttpsRequest('http://internal/', new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttpsRequest('http://internal/', new Headers())).toBe(false);
    expect(isHttpsRequest('https://dash/', new Headers())).toBe(true);
  });
});
