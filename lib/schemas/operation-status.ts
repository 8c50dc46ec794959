import { z } from 'zod';

// What the admin APIs answer for an operation. The reference documents success as
// {"status":"success"} and nothing else (releaseLicense, updateLicenseManager, importLicense,
// populateLicense, importServerLicenses); a portal also answers {"status":"failed","messages":[…]}
// with HTTP 200 and no error shape, so anything but "success" is read as a refusal. The
// {"status":"error"} shape never gets here: the request layer turns it into an error first.

/** Any answer of an admin operation, read leniently: only `status` decides, `messages` explain a refusal. */
export const OperationAnswerSchema = z.looseObject({
  status: z.unknown().optional(),
  messages: z.unknown().optional(),
});
export type OperationAnswer = z.output<typeof OperationAnswerSchema>;

/** Done, or refused with the portal's own words (at least one line). */
export type OperationOutcome = { done: true } | { done: false; messages: string[] };

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  return Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string' && line.trim().length > 0) : [];
}

/** Whether the portal said the operation was done; when it did not, what it said instead. */
export function operationOutcome(answer: OperationAnswer): OperationOutcome {
  if (answer.status === 'success') return { done: true };
  const messages = strings(answer.messages);
  if (messages.length > 0) return { done: false, messages };
  const said = typeof answer.status === 'string' ? `"status":"${answer.status}"` : 'no status';
  return { done: false, messages: [`The portal did not confirm the change: it answered with ${said} rather than "status":"success".`] };
}
