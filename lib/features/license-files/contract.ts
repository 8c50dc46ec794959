import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { ImportLicenseFormSchema, MAX_LICENSE_FILE_BYTES, ValidateLicenseFormSchema } from '../../schemas/license-upload';
import { DeploymentKindSchema, LicenseFileContentsSchema } from '../domain-schemas';
import { CountsViewSchema, LicenseViewSchema } from '../overview/contract';

// License files: validate (the portal reads the file; the dashboard issues a proof), import (only
// with that proof, for the same bytes, in the same session), populate.

/** A license file the portal found valid, what it would replace, and the proof to import it with. */
const ValidationViewSchema = z.object({
  kind: DeploymentKindSchema,
  asOf: z.number(),
  fileName: z.string(),
  file: LicenseFileContentsSchema,
  /** The organization's license and assignment counts, read right after the validation. */
  current: LicenseViewSchema,
  counts: CountsViewSchema,
  /** Sent back with the same file to import it; bound to this session and these bytes. `expires` in epoch ms. */
  validation: z.object({ proof: z.string(), expires: z.number() }),
});
export type ValidationView = z.output<typeof ValidationViewSchema>;

const ImportResultViewSchema = z.object({ imported: z.literal(true), fileName: z.string(), asOf: z.number() });

const upload = { fileField: 'file', maxFileBytes: MAX_LICENSE_FILE_BYTES };

/** Step 1 of an import: validateLicense; the answer is the preview's data and a proof for step 3. */
export const validateLicenseEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/license/validate',
  key: ['license', 'validate'],
  input: ValidateLicenseFormSchema,
  upload,
  output: ValidationViewSchema,
});

/** Step 3: importLicense, only with the proof that these bytes were validated in this session. */
export const importLicenseEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/license/import',
  key: ['license', 'import'],
  input: ImportLicenseFormSchema,
  upload,
  output: ImportResultViewSchema,
});

/** populateLicense (base portal): applies the license the portal was created or upgraded with. */
export const populateLicenseEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/license/populate',
  key: ['license', 'populate'],
  input: undefined,
  output: z.object({ populated: z.literal(true) }),
});
