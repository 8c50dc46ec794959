import { describe, expect, it } from 'vitest';
import {
  describeLicenseManager,
  licenseManagerAddress,
  licenseManagerFormValues,
  licenseManagerInfo,
  requestedLicenseManager,
  restartStage,
  sameLicenseManager,
} from './license-manager';

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

describe('the License Manager as host:port', () => {
  it('says where the portal looks, backup included', () => {
    expect(licenseManagerAddress({ hosts: ['license.example.com'], port: 27000 })).toBe('license.example.com:27000');
    expect(licenseManagerAddress({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27001 })).toBe(
      'lm1.example.com:27001 (backup lm2.example.com:27001)',
    );
  });
});

describe('the form filled with the current value', () => {
  it('takes primary, backup and port from what the portal reports', () => {
    expect(licenseManagerFormValues({ hosts: ['lm1.example.com', 'lm2.example.com'], port: 27001 }, 27000)).toEqual({
      primaryHost: 'lm1.example.com',
      backupHost: 'lm2.example.com',
      port: '27001',
    });
  });

  it('is empty, with the usual port, when the portal reports none', () => {
    expect(licenseManagerFormValues(null, 27000)).toEqual({ primaryHost: '', backupHost: '', port: '27000' });
  });
});

describe('whether a read after a reload tells how the restart ended', () => {
  const requested = { hosts: ['license.example.com'], port: 27000 };
  const old = { hosts: ['old.example.com'], port: 27000 };
  const restart = { acceptedAt: 100_000, recheckAfterSeconds: 20, requested };

  it('no read (the portal is down), or one from before the change: still under way', () => {
    expect(restartStage(restart, undefined)).toBe('in-progress');
    expect(restartStage(restart, { asOf: 99_999, licenseManager: requested })).toBe('in-progress');
  });

  it('the value sent: ended, however soon', () => {
    expect(restartStage(restart, { asOf: 100_001, licenseManager: requested })).toBe('ended');
  });

  it('another value before the recheck time: the portal may not have gone down yet', () => {
    expect(restartStage(restart, { asOf: 119_999, licenseManager: old })).toBe('in-progress');
    expect(restartStage(restart, { asOf: 110_000, licenseManager: null })).toBe('in-progress');
  });

  it('another value after the recheck time: ended, with a mismatch to report', () => {
    expect(restartStage(restart, { asOf: 120_000, licenseManager: old })).toBe('ended');
  });
});
