import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

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
