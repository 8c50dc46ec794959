import 'server-only';
import type { z } from 'zod';
import { describeSchemaError } from '../schemas/describe-issue';
import { ApiError } from './api-error';

/**
 * A request's input validated against its endpoint's schema. A failure is ApiError(invalid_input)
 * naming the field (`where` when the problem is the whole input: "(body)", "(query)", "(form)").
 * Form messages already name their field in words, so they are not prefixed with it.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, where: '(body)' | '(query)' | '(form)'): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { field, message } = describeSchemaError(result.error, where);
  throw new ApiError('invalid_input', where === '(form)' ? message : `${field}: ${message}`, { field });
}
