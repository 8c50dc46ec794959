import { z } from 'zod';

// Answers of the license resource's admin operations. Errors never reach these schemas: the request
// layer turns {"status":"error"} into an ArcGISError first.

/** releaseLicense: {"status":"success"}. */
export const ReleaseLicenseResponseSchema = z.looseObject({ status: z.string().optional() });

/** updateLicenseManager: {"status":"success","recheckAfterSeconds":20}; the portal then restarts. */
export const UpdateLicenseManagerResponseSchema = z.looseObject({
  status: z.string().optional(),
  recheckAfterSeconds: z.coerce.number().nonnegative().optional(),
});
