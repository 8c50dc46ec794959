import 'server-only';
import { portalRefOf, type PortalRef } from '../../licensing/snapshot';
import { appendAudit, completeAudit, portalOfUrl, type AuditAction } from '../../store/audit';
import type { Store } from '../../store/engine';
import type { SignInMethod } from '../../portal-list';
import type { AuditResult } from './outcome';

/** A sign-in or sign-out that has happened: who, where, when (epoch ms), how it ended and how long it took (ms). */
export interface SessionEvent {
  action: Extract<AuditAction, 'sign-in' | 'sign-out'>;
  username: string;
  portalUrl: string;
  /** How the admin signed in (or out of a session made so): shown as the entry's `method` parameter. */
  method: SignInMethod;
  /** The signed-in portal's profile; absent for a refused sign-in, which never learned the organization. */
  profile?: { orgId?: string };
  at: number;
  durationMs: number;
  result: AuditResult;
}

/**
 * Writes a sign-in or sign-out to the audit log after the fact. Neither changes the portal, and
 * refusing them while the store is down would lock admins out of the live pages, so a store that
 * cannot take the entry is logged (without the password, which never reaches this function) and the
 * event goes on. A refused sign-in is filed under the organization already known for the URL
 * (portalOfUrl), so it shows on the same /audit page as the successes.
 */
export async function recordSessionEvent(openStore: () => Promise<Store>, event: SessionEvent): Promise<void> {
  try {
    const store = await openStore();
    const portal: PortalRef = event.profile ? portalRefOf(event.portalUrl, event.profile) : await portalOfUrl(store, event.portalUrl);
    const id = await appendAudit(store, {
      portal,
      at: event.at,
      admin: event.username,
      action: event.action,
      target: event.username,
      parameters: { method: event.method === 'oauth' ? 'ArcGIS OAuth 2.0' : 'username and password' },
    });
    await completeAudit(store, id, { ...event.result, durationMs: event.durationMs });
  } catch (error) {
    console.error(`[audit] ${event.action} of ${event.username} not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
