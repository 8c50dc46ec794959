import 'server-only';
import type { z } from 'zod';
import { parseInput } from './input';

/** A GET request's query string validated against a schema; a failure is a 400 naming the parameter. */
export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams), '(query)');
}
