import { z } from 'zod';

// The license upload forms: checked in the browser before anything is sent (instant messages) and
// again by the dashboard's routes before anything reaches the portal.

export const MAX_LICENSE_FILE_BYTES = 5 * 1024 * 1024;

/** What the portal takes for an organization license: a .json file (a .prvc on versions that used one). */
export const ORG_LICENSE_EXTENSIONS = ['.json', '.prvc'] as const;
/** What the server license import takes: an ArcGIS Server authorization file. */
export const SERVER_LICENSE_EXTENSIONS = ['.epc', '.prvc'] as const;

export interface FileFacts {
  name: string;
  size: number;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot).toLowerCase() : '';
}

function listOf(extensions: readonly string[]): string {
  return extensions.length === 2 ? `${extensions[0]} or ${extensions[1]}` : extensions.join(', ');
}

/** Why a file cannot be a license file of this kind, in words; undefined when it may be one. */
export function licenseFileProblem(file: FileFacts, extensions: readonly string[]): string | undefined {
  if (!extensions.includes(extensionOf(file.name))) {
    return `“${file.name}” is not a ${listOf(extensions)} file. Choose the license file you downloaded from My Esri.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_LICENSE_FILE_BYTES) {
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; a license file is at most 5 MB.`;
  }
  return undefined;
}

/**
 * A .json license file must at least be JSON: anything else is refused here rather than sent to
 * the portal. Other kinds (.prvc, .epc) are Esri's own formats and are left to the portal.
 */
export function licenseContentProblem(name: string, bytes: Uint8Array): string | undefined {
  if (extensionOf(name) !== '.json') return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return undefined;
  } catch {
    // Not UTF-8 or not JSON: reported below.
  }
  return `“${name}” is not a license file: its content is not a JSON object.`;
}

// Messages in the admin's words: the field they concern travels beside them (ApiErrorBody.field),
// and the form shows each next to its input.
function licenseFile(extensions: readonly string[]) {
  return z
    .file({
      error: (issue) => (issue.input === undefined ? 'Choose a license file.' : 'What was sent is not a file: choose the license file.'),
    })
    .superRefine((file, context) => {
      const problem = licenseFileProblem(file, extensions);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

/** Step 1 of /import: the file to validate. */
export const ValidateLicenseFormSchema = z.object({ file: licenseFile(ORG_LICENSE_EXTENSIONS) });

/** Step 3 of /import: the same file again, with the proof that it was validated in this session. */
export const ImportLicenseFormSchema = z.object({
  file: licenseFile(ORG_LICENSE_EXTENSIONS),
  validation: z
    .string({ error: 'Validate the file before importing it: the import carries no proof of a validation.' })
    .min(1, { error: 'Validate the file before importing it: its proof of validation is empty.' })
    .max(4096, { error: 'This proof of validation is not one the dashboard issued: validate the file again.' }),
});

/** /server-licenses: the authorization file and whether it replaces what the server has. */
export const ImportServerLicenseFormSchema = z.object({
  licenseFile: licenseFile(SERVER_LICENSE_EXTENSIONS),
  overwrite: z.enum(['true', 'false'], {
    error: 'Choose whether to append to or replace the current authorizations (true or false).',
  }),
});
