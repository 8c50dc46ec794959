import 'server-only';
import { ApiError } from '../../http/api-error';
import { licenseContentProblem } from '../../schemas/license-upload';
import { fileDigest } from '../../validation-proof';

/**
 * An uploaded license file's bytes, read once for the checks the dashboard makes itself (a .json
 * file must be JSON; the validation proof binds its SHA-256). The File goes to the portal as it is.
 * Throws ApiError(invalid_input, field) when the content cannot be a license file.
 */
export async function checkedDigest(file: File, field: string): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = licenseContentProblem(file.name, bytes);
  if (problem) throw new ApiError('invalid_input', problem, { field });
  return fileDigest(bytes);
}
