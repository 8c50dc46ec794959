import { importLicenseFile } from '@/lib/data/license-files';
import { parseUploadForm } from '@/lib/http/multipart';
import { json, sessionRoute } from '@/lib/http/route';
import { ImportLicenseFormSchema, MAX_LICENSE_FILE_BYTES } from '@/lib/schemas/license-upload';

/** Step 3: imports the file, only with the proof that these bytes were validated in this session. */
export const POST = sessionRoute(async (request, { session }) => {
  const { file, validation } = await parseUploadForm(request, ImportLicenseFormSchema, {
    fileField: 'file',
    maxFileBytes: MAX_LICENSE_FILE_BYTES,
  });
  return json(await importLicenseFile(session, file, validation));
});
