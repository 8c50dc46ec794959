import { ApiErrorBodySchema } from './schemas/api-error';
import { ApiClientError } from './api-client';

/** The multipart body of an upload: each field once, files with their own names. */
export function formWith(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Thrown when the upload was cancelled in the browser: not an error to show. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelledError';
  }
}

/**
 * A multipart upload to a dashboard route, sent once, with upload progress: fetch cannot report
 * how much of a request body has gone, XMLHttpRequest can. Errors are the same ApiClientError
 * the other client helpers throw; aborting through `signal` rejects with UploadCancelledError.
 */
export function apiUpload<T>(
  path: string,
  form: FormData,
  { onProgress, signal }: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      const parsed = ApiErrorBodySchema.safeParse(body);
      reject(
        new ApiClientError(
          xhr.status,
          parsed.success ? parsed.data.error : { code: 'internal', message: `The dashboard answered HTTP ${xhr.status} without an explanation.` },
        ),
      );
    };
    xhr.onerror = () => reject(new TypeError('The dashboard could not be reached.'));
    xhr.onabort = () => reject(new UploadCancelledError());
    if (signal) {
      if (signal.aborted) {
        reject(new UploadCancelledError());
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
