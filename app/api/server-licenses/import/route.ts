import { importServerLicenses } from '@/lib/data/server-licenses';
import { parseUploadForm } from '@/lib/http/multipart';
import { json, sessionRoute } from '@/lib/http/route';
import { ImportServerLicenseFormSchema, MAX_LICENSE_FILE_BYTES } from '@/lib/schemas/license-upload';

/** importServerLicenses (Enterprise on Kubernetes): append the file's authorizations, or replace them all. */
export const POST = sessionRoute(async (request, { session }) => {
  const { licenseFile, overwrite } = await parseUploadForm(request, ImportServerLicenseFormSchema, {
    fileField: 'licenseFile',
    maxFileBytes: MAX_LICENSE_FILE_BYTES,
  });
  return json(await importServerLicenses(session, licenseFile, overwrite === 'true'));
});
