import 'server-only';
import type { z } from 'zod';
import { describeSchemaError } from '../schemas/describe-issue';
import { ApiError } from './api-error';

/** A GET request's query string validated against a schema; a failure is a 400 naming the parameter. */
export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = schema.safeParse(params);
  if (!result.success) {
    const { field, message } = describeSchemaError(result.error, '(query)');
    throw new ApiError('invalid_input', `${field}: ${message}`, { field });
  }
  return result.data;
}
