import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiClientError } from '@/lib/api-client';

/**
 * Shows a dashboard route's refusal of one field (ApiClientError.field, named by the same zod
 * schema on the server) beside that field through react-hook-form's setError. Returns false when
 * the error names no field of this form, for the caller to show it above the form instead.
 */
export function showServerFieldError<Values extends FieldValues>(
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
  error: unknown,
): boolean {
  const name = fieldNamedBy(fields, error);
  if (!name || !(error instanceof ApiClientError)) return false;
  setError(name, { type: 'server', message: error.message });
  return true;
}

/** The field of this form that a route's error names, if any. */
export function fieldNamedBy<Name extends string>(fields: readonly Name[], error: unknown): Name | undefined {
  if (!(error instanceof ApiClientError) || !error.field) return undefined;
  return fields.find((field) => field === error.field);
}
