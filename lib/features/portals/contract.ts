import type { FleetSummary } from '../../licensing/fleet-summary';

// What /portals shows of each portal: read on the server (./server.ts), drawn by components/portals.

/**
 * One portal as /portals shows it:
 * - read: its figures, read at `asOf` (epoch ms);
 * - not-signed-in: the admin has no session on it;
 * - sign-in-again: the session ran out or the portal refused its token; `href` renews or signs in;
 * - unreachable: no answer (refused, timed out, unknown host…), `message` saying which;
 * - failed: it answered, with an error or something the dashboard cannot read.
 */
export type PortalReading =
  | { state: 'read'; asOf: number; summary: FleetSummary }
  | { state: 'not-signed-in'; href: string }
  | { state: 'sign-in-again'; href: string; message: string }
  | { state: 'unreachable'; message: string; hint?: string }
  | { state: 'failed'; message: string; hint?: string };
