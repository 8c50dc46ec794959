import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { ImportServerLicenseFormSchema, MAX_LICENSE_FILE_BYTES } from '../../schemas/license-upload';
import { DeploymentKindSchema, ServerAuthorizationSchema } from '../domain-schemas';

// ArcGIS Server authorizations: the federated servers of a base portal, or the built-in server of
// Enterprise on Kubernetes with its import of authorization files.

const ServerViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  role: z.string().optional(),
  serverFunction: z.string().optional(),
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), authorizations: z.array(ServerAuthorizationSchema) }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
});
export type ServerView = z.output<typeof ServerViewSchema>;

const ServerLicensesViewSchema = z.object({
  kind: DeploymentKindSchema,
  asOf: z.number(),
  /** Whether this deployment imports server authorization files (Enterprise on Kubernetes). */
  canImport: z.boolean(),
  servers: z.array(ServerViewSchema),
});

export const serverLicensesEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/server-licenses',
  key: ['license', 'servers'],
  input: undefined,
  output: ServerLicensesViewSchema,
});

const AuthorizationDiffSchema = z.object({
  added: z.array(ServerAuthorizationSchema),
  removed: z.array(ServerAuthorizationSchema),
  changed: z.array(z.object({ before: ServerAuthorizationSchema, after: ServerAuthorizationSchema })),
  unchanged: z.number(),
});

const ImportServerLicensesResultSchema = z.object({
  imported: z.literal(true),
  overwrite: z.boolean(),
  /** When the authorizations were read back (epoch ms). */
  asOf: z.number(),
  /** What the import did: the authorizations read back after it against those just before; or why they could not be read back. */
  readBack: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), changes: AuthorizationDiffSchema }),
    z.object({ ok: z.literal(false), reason: z.string() }),
  ]),
});
export type ImportServerLicensesResult = z.output<typeof ImportServerLicensesResultSchema>;

/**
 * importServerLicenses (Enterprise on Kubernetes): append the file's authorizations, or replace
 * them all; done only when ArcGIS Server answers success, then read back to say what changed.
 */
export const importServerLicensesEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/server-licenses/import',
  key: ['license', 'servers', 'import'],
  input: ImportServerLicenseFormSchema,
  upload: { fileField: 'licenseFile', maxFileBytes: MAX_LICENSE_FILE_BYTES },
  output: ImportServerLicensesResultSchema,
});
