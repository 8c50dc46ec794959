import { describe, expect, it } from 'vitest';
import { describeLicenseManager, licenseManagerInfo, requestedLicenseManager, sameLicenseManager } from './license-manager';

describe('licenseManagerInfo', () => {
  it('joins primary and backup with a comma, as updateLicenseManager takes them', () => {
    expect(licenseManagerInfo({ primaryHost: 'lm1.example.com', backupHost: 'lm2.example.com', port: 27000 })).toEqual({
      hostname: 'lm1.example.com,lm2.example.com',
      port: 27000,
    });
    expect(licenseManagerInfo({ primaryHost: 'lm1.example.com', port: 27001 })).toEqual({ hostname: 'lm1.example.com', port: 27001 });
  });

  it('compares what was asked for with what the portal reports, host names in any case', () => {
    const asked = requestedLicenseManager({ primaryHost: 'LM1.example.com', backupHost: 'lm2.example.com', port: 27000 });
    expect(sameLicenseManager(asked, { hosts: ['lm1.example.com', 'lm2.example.com'], port: 27000 })).toBe(true);
    expect(sameLicenseManager(asked, { hosts: ['lm1.example.com'], port: 27000 })).toBe(false);
    expect(sameLicenseManager(asked, { hosts: ['lm1.example.com', 'lm2.example.com'], port: 27001 })).toBe(false);
  });

  it('describes it in a sentence', () => {
    expect(describeLicenseManager({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27000 })).toBe(
      'lm1.example.com (backup lm2.example.com), port 27000',
    );
    expect(describeLicenseManager({ hosts: ['lm1.example.com'], port: 27001 })).toBe('lm1.example.com, port 27001');
  });
});
