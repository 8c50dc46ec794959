import 'server-only';
import { refreshPath, signInPath } from '../../api-client';
import { ArcGISError } from '../../arcgis/errors';
import { getConfig } from '../../config';
import { describeProblem } from '../../http/problem';
import { fleetSummary } from '../../licensing/fleet-summary';
import { PAGES } from '../../pages';
import type { PortalEntry } from '../../portal-list';
import { freshSession, isTokenExpired, type PortalSession, sessionPlan } from '../../session';
import { readCounts, readLicense } from '../overview/server';
import { readOfflineLicenses } from '../release/server';
import type { PortalReading } from './contract';

// The fleet page (/portals, issue 15) reads every portal the admin is signed in to, each with its
// own session and on its own: one portal down, slow or refusing the token is that portal's state in
// words, never the page's failure, and never holds the others.

const FLEET_PATH = PAGES.portals.path;

/** The portal's reads the overview and release pages make, summed up for one line of the fleet. */
async function readFigures(session: PortalSession): Promise<PortalReading> {
  const licenseRead = readLicense(session);
  // The listings need the license (which apps it has); the counts do not, so they run beside both.
  const [license, counts, offline] = await Promise.all([
    licenseRead,
    readCounts(session),
    licenseRead.then((view) => readOfflineLicenses(session, view.license)),
  ]);
  return { state: 'read', asOf: license.asOf, summary: fleetSummary(license.license, counts.counts, offline, license.asOf) };
}

/**
 * `read`, or a timeout error once `ms` have passed: each call already has the portal timeout, but
 * a portal answering slowly to several calls in a row must not hold its line longer than that.
 */
function within<T>(read: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ArcGISError({ kind: 'unreachable', cause: 'timed-out', url, messages: ['The portal did not answer in time.'] })),
      ms,
    );
  });
  return Promise.race([read, deadline]).finally(() => clearTimeout(timer));
}

function readingOfError(error: unknown, portal: PortalEntry): PortalReading {
  if (!(error instanceof ArcGISError)) console.error(`[page ${FLEET_PATH}] ${portal.id}:`, error instanceof Error ? error.message : error);
  const { code, message, hint } = describeProblem(error, portal.url).body.error;
  if (code === 'session_expired') return { state: 'sign-in-again', href: signInPath('expired', FLEET_PATH, portal.id), message };
  if (code === 'portal_unreachable' || code === 'portal_timeout') return { state: 'unreachable', message, ...(hint ? { hint } : {}) };
  return { state: 'failed', message, ...(hint ? { hint } : {}) };
}

/** A portal the admin has no session on: nothing to read, a way to sign in that comes back here. */
export function notSignedIn(portal: PortalEntry): PortalReading {
  return { state: 'not-signed-in', href: signInPath(undefined, FLEET_PATH, portal.id) };
}

/**
 * One portal's line, read with its own session and given at most the portal timeout
 * (ARCGIS_TIMEOUT_MS). Never throws: every failure is a state.
 */
export async function readPortal(portal: PortalEntry, found: PortalSession): Promise<PortalReading> {
  // As requirePageSession: a refresh token near its end must be exchanged where the cookie can be rewritten.
  if (sessionPlan(found, Date.now()) === 'rotate') {
    return { state: 'sign-in-again', href: refreshPath(FLEET_PATH, portal.id), message: 'The session must be renewed.' };
  }
  const reading = async (): Promise<PortalReading> => {
    const session = await freshSession(found);
    if (isTokenExpired(session)) {
      return { state: 'sign-in-again', href: signInPath('expired', FLEET_PATH, portal.id), message: 'Your portal session expired; sign in again.' };
    }
    return readFigures(session);
  };
  try {
    return await within(reading(), getConfig().timeoutMs, portal.url);
  } catch (error) {
    return readingOfError(error, portal);
  }
}
