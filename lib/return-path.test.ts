import { describe, expect, it } from 'vitest';
import { safeReturnPath, withPortalParam } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path on the dashboard', () => {
    expect(safeReturnPath('/expirations')).toBe('/expirations');
    expect(safeReturnPath(['/release?app=pro'])).toBe('/release?app=pro');
  });

  it('refuses other sites and loops', () => {
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', '/sign-in', '/api/license', undefined, '']) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});

describe('withPortalParam', () => {
  it('sets the portal, keeping the rest of the path', () => {
    expect(withPortalParam('/', 'prod')).toBe('/?portal=prod');
    expect(withPortalParam('/members?app=pro&page=2', 'k8s')).toBe('/members?app=pro&page=2&portal=k8s');
    expect(withPortalParam('/history?portal=old#table', 'prod')).toBe('/history?portal=prod#table');
  });
});
