import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';

// The members inventory sync (issue 13 §1): its state for the "Sync now" panel, and starting it.
// A sync only reads the portal (users/search and the apps' listings) and writes the dashboard's own
// store: it changes nothing in the portal, so it has no audit entry.

/**
 * Where this portal's sync stands in this dashboard process. Times epoch ms. `running`: members read
 * of the total the search counted, app listings read of those the license names. `failed`: the
 * portal's or the store's words; the previous complete inventory stays what readers see.
 */
const SyncStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({
    state: z.literal('running'),
    startedAt: z.number(),
    membersRead: z.number(),
    membersTotal: z.number(),
    listingsRead: z.number(),
    listingsTotal: z.number(),
  }),
  z.object({ state: z.literal('completed'), startedAt: z.number(), finishedAt: z.number(), membersTotal: z.number() }),
  z.object({ state: z.literal('failed'), startedAt: z.number(), finishedAt: z.number(), reason: z.string() }),
]);
export type SyncState = z.output<typeof SyncStateSchema>;

/** The sync's state: idle before any in this process, running with its progress, or its last result. */
export const syncStateEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/members/sync',
  key: ['members', 'sync'],
  input: undefined,
  output: SyncStateSchema,
});

/** Starts a sync, or joins the one running for this portal; answers its state (running). */
export const startSyncEndpoint = defineEndpoint({
  method: 'POST',
  path: '/api/members/sync',
  key: ['members', 'sync', 'start'],
  input: undefined,
  output: SyncStateSchema,
});
