import 'server-only';
import type { z } from 'zod';
import { operationOutcome, type OperationAnswer } from '../schemas/operation-status';
import { portalCall, type PortalConnection } from './connection';
import { ArcGISError } from './errors';
import { redactUrl } from './redact';

type CallOptions = NonNullable<Parameters<typeof portalCall>[3]>;

/**
 * An admin operation (releaseLicense, updateLicenseManager, importLicense, …): portalCall, then
 * done only when the answer says "status":"success". Anything else throws an ArcGISError of kind
 * portal carrying the portal's messages, which a route answers as portal_rejected. `schema`
 * is OperationAnswerSchema, or an extension of it for the fields an operation answers beyond its status.
 */
export async function portalOperation<Schema extends z.ZodType<OperationAnswer>>(
  connection: PortalConnection,
  path: string,
  schema: Schema,
  options: CallOptions,
): Promise<z.output<Schema>> {
  const answer = await portalCall(connection, path, schema, options);
  const outcome = operationOutcome(answer);
  if (!outcome.done) throw new ArcGISError({ kind: 'portal', url: redactUrl(`${connection.portalUrl}${path}`), messages: outcome.messages });
  return answer;
}
