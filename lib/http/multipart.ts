import 'server-only';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { readBodyLimited } from './body';
import { parseInput } from './input';

/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * A multipart upload read with a size limit and validated field by field, so every bad upload is
 * a 400 naming the problem before anything reaches the portal.
 */
export async function parseUploadForm<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  { fileField, maxFileBytes }: { fileField: string; maxFileBytes: number },
): Promise<z.output<Schema>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new ApiError('unsupported_media_type', 'Send the file as a multipart/form-data upload.');
  }
  let body: Uint8Array;
  try {
    body = await readBodyLimited(request, maxFileBytes + FORM_OVERHEAD_BYTES);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'payload_too_large') {
      throw new ApiError('invalid_input', `The file is larger than ${Math.round(maxFileBytes / 1024 / 1024)} MB; a license file is at most that.`, {
        field: fileField,
      });
    }
    throw error;
  }
  let form: FormData;
  try {
    form = await new Request('http://upload.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw new ApiError('invalid_input', 'The upload is not a readable multipart form.');
  }
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of form.entries()) fields[key] ??= value;
  return parseInput(schema, fields, '(form)');
}
