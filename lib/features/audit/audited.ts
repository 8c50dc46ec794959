import 'server-only';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { appendAudit, completeAudit, type AuditAction, type AuditParameters, type AuditStart } from '../../store/audit';
import { appStore } from '../../store/app-store';
import type { Store } from '../../store/engine';
import { auditResultOf, type AuditResult } from './outcome';

/** What a change is about, as its audit entry names it. */
export interface AuditedChange {
  action: AuditAction;
  /** The member, app, host or file name the change is about. */
  target: string;
  /** Without secrets or file bytes (a file is fileParameters()). */
  parameters: AuditParameters;
}

/**
 * Runs `call` (the one portal request of a change) between its audit entry's two writes: pending
 * before, completed after with the outcome (auditResultOf), the portal's words and the duration.
 * When the pending entry cannot be written, `call` is never made and StoreUnavailableError is thrown
 * (the route answers store_unavailable, 503): no change reaches the portal unrecorded. A completion
 * that cannot be written is logged and leaves the entry pending (true: its outcome is not recorded);
 * the caller gets the portal's result either way.
 */
export async function auditedWith<T>(openStore: () => Promise<Store>, start: AuditStart, call: () => Promise<T>): Promise<T> {
  const store = await openStore();
  const id = await appendAudit(store, start);
  const began = performance.now();
  const complete = (result: AuditResult) =>
    completeAudit(store, id, { ...result, durationMs: performance.now() - began }).catch((error: unknown) => {
      console.error(`[audit] entry ${id} (${start.action} ${start.target}) stays pending: ${error instanceof Error ? error.message : String(error)}`);
    });
  let value: T;
  try {
    value = await call();
  } catch (error) {
    await complete(auditResultOf(error));
    throw error;
  }
  await complete({ outcome: 'success', portalMessages: [] });
  return value;
}

/** auditedWith on the dashboard's store, for a change `session`'s admin makes on its portal. */
export function audited<T>(session: PortalSession, change: AuditedChange, call: () => Promise<T>): Promise<T> {
  return auditedWith(appStore, { ...change, portal: portalRefOf(session.portalUrl, session.profile), admin: session.username, at: Date.now() }, call);
}
