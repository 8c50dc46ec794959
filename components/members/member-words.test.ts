import { describe, expect, it } from 'vitest';
import { agoWords, entitlementWords, roleWords, userTypeWords } from './member-words';

describe('member words', () => {
  it('names built-in roles, and custom roles by their id', () => {
    expect(roleWords('org_admin', null)).toBe('Administrator');
    expect(roleWords('org_user', 'kzW3pRt8sA1bCdEf')).toBe('Custom role (kzW3pRt8sA1bCdEf)');
    expect(roleWords(null, null)).toBe('—');
  });

  it('shows unknown user types and entitlements as their ids', () => {
    expect(userTypeWords('creatorUT')).toBe('Creator');
    expect(userTypeWords('futureUT')).toBe('futureUT');
    expect(entitlementWords('desktopAdvN')).toBe('Pro Advanced');
    expect(entitlementWords('newExtensionN')).toBe('newExtensionN');
  });

  it('says how long ago in whole units', () => {
    const now = 1_000_000_000_000;
    expect(agoWords(now - 30_000, now)).toBe('just now');
    expect(agoWords(now - 60_000, now)).toBe('1 minute ago');
    expect(agoWords(now - 3 * 3_600_000 - 1, now)).toBe('3 hours ago');
    expect(agoWords(now - 90 * 86_400_000, now)).toBe('90 days ago');
  });
});
