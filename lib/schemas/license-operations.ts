import { z } from 'zod';
import { OperationAnswerSchema } from './operation-status';

// Answers of the license resource's admin operations beyond their status (operation-status.ts).

/** updateLicenseManager: {"status":"success","recheckAfterSeconds":20}; the portal then restarts. */
export const UpdateLicenseManagerResponseSchema = OperationAnswerSchema.extend({
  recheckAfterSeconds: z.coerce.number().nonnegative().optional(),
});
