import 'server-only';
import { serve } from '../../endpoint/server';
import { portalRefOf } from '../../licensing/snapshot';
import { connectionFor, type PortalSession } from '../../session';
import { startSyncEndpoint, syncStateEndpoint } from './sync-contract';
import { membersSyncState, startMembersSync } from './sync';

const portalOf = (session: PortalSession) => portalRefOf(session.portalUrl, session.profile);

/** GET /api/members/sync: this portal's sync in this process (idle, running with progress, or its last result). */
export const syncState = serve(syncStateEndpoint, async ({ session }) => membersSyncState(portalOf(session)));

/**
 * POST /api/members/sync: starts a sync with the admin's session, or joins the running one, and
 * answers at once with its state; the browser follows it with GET. Not audited: it reads the portal
 * and writes only the dashboard's store.
 */
export const startSync = serve(
  startSyncEndpoint,
  async ({ session }) => startMembersSync({ connection: connectionFor(session), profile: session.profile, portal: portalOf(session) }).state,
);
