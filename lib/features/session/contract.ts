import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { SignInSchema } from '../../schemas/sign-in';
import { DeploymentKindSchema } from '../domain-schemas';

// Signing in (a portal token kept in the encrypted session cookie, never sent to the browser) and out.

export const signInEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/session',
  key: ['session', 'sign-in'],
  input: SignInSchema,
  output: z.object({ username: z.string(), kind: DeploymentKindSchema, portal: z.string() }),
});

export const signOutEndpoint = defineEndpoint({
  method: 'DELETE',
  path: '/api/session',
  key: ['session', 'sign-out'],
  input: undefined,
  output: z.object({ signedOut: z.literal(true) }),
});
