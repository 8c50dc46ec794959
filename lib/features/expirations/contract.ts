import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { FutureLicenseSchema } from '../../schemas/future-license';

// Scheduled seat changes (getFutureLicense), or why this portal has none.

const FutureLicenseViewSchema = z.discriminatedUnion('supported', [
  z.object({ supported: z.literal(true), asOf: z.number(), future: FutureLicenseSchema }),
  z.object({ supported: z.literal(false), message: z.string() }),
]);

export const futureLicenseEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license/future',
  key: ['license', 'future'],
  input: undefined,
  output: FutureLicenseViewSchema,
});
