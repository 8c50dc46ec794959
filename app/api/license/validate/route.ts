import { validateLicenseFile } from '@/lib/data/license-files';
import { parseUploadForm } from '@/lib/http/multipart';
import { json, sessionRoute } from '@/lib/http/route';
import { MAX_LICENSE_FILE_BYTES, ValidateLicenseFormSchema } from '@/lib/schemas/license-upload';

/** Step 1 of an import: the portal validates the file; the answer is its preview data and a proof for step 3. */
export const POST = sessionRoute(async (request, { session }) => {
  const { file } = await parseUploadForm(request, ValidateLicenseFormSchema, { fileField: 'file', maxFileBytes: MAX_LICENSE_FILE_BYTES });
  return json(await validateLicenseFile(session, file));
});
