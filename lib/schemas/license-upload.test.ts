import { describe, expect, it } from 'vitest';
import {
  ImportLicenseFormSchema,
  ImportServerLicenseFormSchema,
  licenseContentProblem,
  licenseFileProblem,
  MAX_LICENSE_FILE_BYTES,
  ORG_LICENSE_EXTENSIONS,
  SERVER_LICENSE_EXTENSIONS,
  ValidateLicenseFormSchema,
} from './license-upload';
import { fieldErrors } from './describe-issue';

const file = (name: string, content = '{"a":1}') => new File([content], name);

describe('license file checks (before anything is sent)', () => {
  it('accepts the kinds the portal and ArcGIS Server take, in any case', () => {
    expect(licenseFileProblem({ name: 'license.json', size: 10 }, ORG_LICENSE_EXTENSIONS)).toBeUndefined();
    expect(licenseFileProblem({ name: 'Portal_License.PRVC', size: 10 }, ORG_LICENSE_EXTENSIONS)).toBeUndefined();
    expect(licenseFileProblem({ name: 'server.epc', size: 10 }, SERVER_LICENSE_EXTENSIONS)).toBeUndefined();
  });

  it('refuses the wrong kind, an empty file and one over 5 MB, naming the file', () => {
    expect(licenseFileProblem({ name: 'notes.txt', size: 10 }, ORG_LICENSE_EXTENSIONS)).toBe(
      '“notes.txt” is not a .json or .prvc file. Choose the license file you downloaded from My Esri.',
    );
    expect(licenseFileProblem({ name: 'server.epc', size: 10 }, ORG_LICENSE_EXTENSIONS)).toMatch(/not a \.json or \.prvc file/);
    expect(licenseFileProblem({ name: 'license.json', size: 10 }, SERVER_LICENSE_EXTENSIONS)).toMatch(/not a \.epc or \.prvc file/);
    expect(licenseFileProblem({ name: 'license', size: 10 }, ORG_LICENSE_EXTENSIONS)).toMatch(/not a \.json or \.prvc/);
    expect(licenseFileProblem({ name: 'license.json', size: 0 }, ORG_LICENSE_EXTENSIONS)).toBe('“license.json” is empty.');
    expect(licenseFileProblem({ name: 'license.json', size: MAX_LICENSE_FILE_BYTES }, ORG_LICENSE_EXTENSIONS)).toBeUndefined();
    expect(licenseFileProblem({ name: 'license.json', size: MAX_LICENSE_FILE_BYTES + 1 }, ORG_LICENSE_EXTENSIONS)).toBe(
      '“license.json” is 5.0 MB; a license file is at most 5 MB.',
    );
  });

  it('refuses a .json file whose content is not a JSON object; leaves Esri’s own formats to the portal', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(licenseContentProblem('license.json', bytes('{"MyEsri":{}}'))).toBeUndefined();
    expect(licenseContentProblem('license.json', bytes('PK\u0003\u0004 garbage'))).toBe(
      '“license.json” is not a license file: its content is not a JSON object.',
    );
    expect(licenseContentProblem('license.json', bytes('[1,2]'))).toMatch(/not a JSON object/);
    expect(licenseContentProblem('license.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x7d]))).toMatch(/not a JSON object/);
    expect(licenseContentProblem('license.prvc', bytes('anything'))).toBeUndefined();
  });
});

describe('the upload forms', () => {
  it('name the missing field', () => {
    const result = ValidateLicenseFormSchema.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual({ file: 'Choose a license file.' });
    const text = ValidateLicenseFormSchema.safeParse({ file: 'license.json' });
    if (!text.success) expect(fieldErrors(text.error).file).toBe('What was sent is not a file: choose the license file.');
    expect(text.success).toBe(false);
  });

  it('need the validation proof to import, and overwrite true or false for server files', () => {
    const noProof = ImportLicenseFormSchema.safeParse({ file: file('license.json') });
    expect(noProof.success).toBe(false);
    if (!noProof.success) expect(fieldErrors(noProof.error).validation).toMatch(/^Validate the file before importing it/);
    expect(ImportLicenseFormSchema.safeParse({ file: file('license.json'), validation: 'x' }).success).toBe(true);
    const server = ImportServerLicenseFormSchema.safeParse({ licenseFile: file('auth.prvc'), overwrite: 'yes' });
    expect(server.success).toBe(false);
    if (!server.success) expect(fieldErrors(server.error).overwrite).toMatch(/append to or replace/);
    expect(ImportServerLicenseFormSchema.safeParse({ licenseFile: file('auth.prvc'), overwrite: 'false' }).success).toBe(true);
    const wrongKind = ImportServerLicenseFormSchema.safeParse({ licenseFile: file('auth.json'), overwrite: 'true' });
    if (!wrongKind.success) expect(fieldErrors(wrongKind.error).licenseFile).toMatch(/not a \.epc or \.prvc file/);
    expect(wrongKind.success).toBe(false);
  });
});
