import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';

// Lending the collector an admin's OAuth sign-in (issue 15), per portal: the card on /portals calls
// these for its own portal (the x-dashboard-portal header), as the admin signed in to it.

/**
 * Starts the portal's authorize round trip for the collector's own sign-in: the browser goes to
 * `authorizeUrl`, and the portal sends it back to the OAuth callback, which keeps the grant.
 */
export const lendCollectorEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/collector/lend',
  key: ['collector', 'lend'],
  input: undefined,
  output: z.object({ authorizeUrl: z.url() }),
});

/**
 * Stops the collector signing in with the lent sign-in: the grant is removed from the store, then its
 * refresh token revoked at the portal. `revokeProblem`: the portal's words when it could not be told
 * (the token then ends by itself at `refreshExpires`, epoch ms, or null when the portal never said).
 */
export const stopCollectorEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/collector/stop',
  key: ['collector', 'stop'],
  input: undefined,
  output: z.object({
    stopped: z.boolean(),
    revokeProblem: z.string().optional(),
    refreshExpires: z.number().nullable().optional(),
  }),
});
