import type { z } from 'zod';

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

/** The first problem zod found, as a field path ("userTypes[2].expiration") and its message. */
export function describeSchemaError(error: z.ZodError, fallbackField = '(value)'): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue ? formatPath(issue.path) || fallbackField : fallbackField;
  return { field, message: issue?.message ?? 'Invalid value' };
}

/** Every field's first message, for forms that show each beside its input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = formatPath(issue.path) || '(form)';
    errors[field] ??= issue.message;
  }
  return errors;
}
