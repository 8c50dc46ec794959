import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from '../../schemas/audit-values';

// The audit log's endpoints: one page of entries (the /audit page reads the same function) and the
// CSV export of the current filter. Read only: no route edits or deletes an entry.

/** Entries per page of /audit. */
export const AUDIT_PAGE_SIZE = 50;

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);
const utcDay = z.iso.date({ error: 'must be a date (YYYY-MM-DD, UTC)' });

/** The filter, as the page's URL and the routes' query strings carry it. Days are UTC and inclusive. */
export const AuditFilterSchema = z
  .object({
    action: z.preprocess(blankIsAbsent, z.enum(AUDIT_ACTIONS).optional()),
    admin: z.preprocess(blankIsAbsent, z.string().trim().max(256).optional()),
    outcome: z.preprocess(blankIsAbsent, z.enum(AUDIT_OUTCOMES).optional()),
    from: z.preprocess(blankIsAbsent, utcDay.optional()),
    to: z.preprocess(blankIsAbsent, utcDay.optional()),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { path: ['to'], error: 'must not be before the first day (from)' });
export type AuditFilterInput = z.output<typeof AuditFilterSchema>;

/** The filter and the page number (from 1). */
export const AuditPageQuerySchema = z.intersection(
  AuditFilterSchema,
  z.object({ page: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(1_000_000).default(1)) }),
);
export type AuditPageQuery = z.output<typeof AuditPageQuerySchema>;

const AuditEntryViewSchema = z.object({
  id: z.number(),
  /** Epoch ms, UTC. */
  at: z.number(),
  admin: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string(),
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  outcome: z.enum(AUDIT_OUTCOMES),
  portalMessages: z.array(z.string()),
  durationMs: z.number().nullable(),
});
export type AuditEntryView = z.output<typeof AuditEntryViewSchema>;

/** One page of the signed-in portal's audit log, newest first, and how many entries match in all. */
export const auditLogEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/audit',
  key: ['audit'],
  input: AuditPageQuerySchema,
  output: z.object({ entries: z.array(AuditEntryViewSchema), total: z.number(), page: z.number(), pageSize: z.number() }),
});

/** The CSV export's URL; its query is the filter (AuditFilterSchema). Answers text/csv, streamed. */
export const AUDIT_EXPORT_PATH = '/api/audit/export';
