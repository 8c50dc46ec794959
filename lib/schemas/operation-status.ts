import { z } from 'zod';

// What the admin APIs answer for an operation that worked: {"status":"success"} as documented
// (ArcGIS API for Python also accepts {"success":true}). Failures arrive as error bodies, which
// the request layer turns into errors before this is read.
export const OperationSuccessSchema = z
  .looseObject({ status: z.string().optional(), success: z.boolean().optional() })
  .refine((answer) => answer.status === 'success' || answer.success === true, {
    error: 'expected {"status":"success"}',
    path: ['status'],
  });
