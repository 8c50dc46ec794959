import { describe, expect, it } from 'vitest';
import { fieldErrors } from './describe-issue';
import { hostNameProblem, isBlankLicenseManagerForm, LicenseManagerFormSchema } from './license-manager-form';

function errorsFor(input: Record<string, unknown>) {
  const parsed = LicenseManagerFormSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('host names (RFC 1123)', () => {
  it('accepts host names, fully qualified names and IPv4 addresses', () => {
    for (const host of [
      'lm',
      'licensemanager.example.com',
      'LM-01.corp.example.com',
      '10.0.0.12',
      '1host.example',
      `${'a'.repeat(63)}.example.com`,
    ]) {
      expect(hostNameProblem(host), host).toBeUndefined();
    }
  });

  it('says what is wrong, in words', () => {
    expect(hostNameProblem('https://lm.example.com')).toBe('Enter the host name only, without http:// or https://.');
    expect(hostNameProblem('lm.example.com/arcgis')).toBe('Enter the host name only, without a path.');
    expect(hostNameProblem('lm example.com')).toBe('A host name cannot contain spaces.');
    expect(hostNameProblem('lm1.example.com,lm2.example.com')).toBe('Enter one host name per field; the second goes in Backup host.');
    expect(hostNameProblem('lm.example.com:27000')).toBe('Enter the port in the Port field, not after the host name.');
    expect(hostNameProblem('lm..example.com')).toMatch(/two dots in a row/);
    expect(hostNameProblem('.example.com')).toMatch(/start or end with a dot/);
    expect(hostNameProblem('-lm.example.com')).toMatch(/no hyphen at either end/);
    expect(hostNameProblem('lm_1.example.com')).toMatch(/letters, digits, hyphens and dots only/);
    expect(hostNameProblem(`${'a'.repeat(64)}.example.com`)).toMatch(/at most 63 characters/);
    expect(hostNameProblem(Array.from({ length: 40 }, () => 'abcdefg').join('.'))).toMatch(/at most 253 characters/);
  });
});

describe('the Update License Manager form', () => {
  it('accepts a primary host alone, with the port as the form sends it (text)', () => {
    expect(LicenseManagerFormSchema.parse({ primaryHost: ' lm.example.com ', backupHost: '', port: '27000' })).toEqual({
      primaryHost: 'lm.example.com',
      port: 27000,
    });
  });

  it('accepts a backup host and a numeric port (JSON callers)', () => {
    expect(LicenseManagerFormSchema.parse({ primaryHost: 'lm1.example.com', backupHost: 'lm2.example.com', port: 27001 })).toEqual({
      primaryHost: 'lm1.example.com',
      backupHost: 'lm2.example.com',
      port: 27001,
    });
  });

  it('puts each message beside its field', () => {
    expect(errorsFor({ primaryHost: '', backupHost: 'http://lm2', port: '' })).toEqual({
      primaryHost: 'Enter the host name of the License Manager.',
      backupHost: 'Enter the host name only, without http:// or https://.',
      port: 'Enter the port (27000 unless your License Manager uses another).',
    });
  });

  it('refuses a backup host that is the primary host, in any case', () => {
    expect(errorsFor({ primaryHost: 'lm.example.com', backupHost: 'LM.example.com', port: '27000' })).toEqual({
      backupHost: 'The backup host must be a different machine from the primary host.',
    });
  });

  it('takes only whole port numbers from 1 to 65535', () => {
    const message = 'The port must be a whole number from 1 to 65535.';
    for (const port of ['0', '65536', '27000.5', '-1', 'abc', '2 7000', 27000.5, 0, 70000]) {
      expect(errorsFor({ primaryHost: 'lm.example.com', port }).port, String(port)).toBe(message);
    }
    for (const port of ['1', '65535', ' 27000 ', 1, 65535]) {
      expect(errorsFor({ primaryHost: 'lm.example.com', port }), String(port)).toEqual({});
    }
  });

  it('names a missing field when a caller leaves it out', () => {
    expect(errorsFor({ port: 27000 })).toEqual({ primaryHost: 'Enter the host name of the License Manager.' });
  });
});

describe('a form that names no host (nothing to send where the License Manager is optional)', () => {
  it('is blank only when both hosts are empty or spaces, whatever the port says', () => {
    expect(isBlankLicenseManagerForm({ primaryHost: '', backupHost: '' })).toBe(true);
    expect(isBlankLicenseManagerForm({ primaryHost: '  ', backupHost: undefined })).toBe(true);
    expect(isBlankLicenseManagerForm({ primaryHost: 'lm.example.com', backupHost: '' })).toBe(false);
    expect(isBlankLicenseManagerForm({ primaryHost: '', backupHost: 'lm2.example.com' })).toBe(false);
  });

  it('is still refused by the schema the route checks, so an empty host never reaches the portal', () => {
    expect(errorsFor({ primaryHost: '', backupHost: '', port: '27000' })).toEqual({ primaryHost: 'Enter the host name of the License Manager.' });
  });
});
