import 'server-only';
import type { MemberOutcome } from '../../licensing/member-results';
import { portalRefOf } from '../../licensing/snapshot';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { appendAudit, completeAudit, type AuditAction, type AuditParameters } from '../../store/audit';
import type { Store } from '../../store/engine';

/** One member's change in a batch, as its own audit entry names it. */
export interface MemberChange {
  username: string;
  parameters: AuditParameters;
}

const RESULT: Record<MemberOutcome['status'], 'success' | 'failed' | 'unknown'> = { done: 'success', failed: 'failed', unknown: 'unknown' };

/**
 * Runs `call` (one batch, sent once) between each member's two audit writes: every member's entry is
 * written pending before the call, then completed with that member's outcome and the portal's words.
 * When a pending entry cannot be written, `call` is never made and StoreUnavailableError is thrown:
 * the entries already written for this batch are completed as failed ("not sent"). A completion that
 * cannot be written is logged and leaves that entry pending; the caller gets the outcomes either way.
 */
async function auditedBatchWith(
  openStore: () => Promise<Store>,
  start: { session: PortalSession; action: AuditAction; members: readonly MemberChange[] },
  call: () => Promise<MemberOutcome[]>,
): Promise<MemberOutcome[]> {
  const store = await openStore();
  const portal = portalRefOf(start.session.portalUrl, start.session.profile);
  const ids = new Map<string, number>();
  const began = performance.now();
  const complete = (id: number, outcome: MemberOutcome | undefined, words?: string) =>
    completeAudit(store, id, {
      outcome: outcome ? RESULT[outcome.status] : 'failed',
      portalMessages: outcome && outcome.status !== 'done' ? [outcome.reason] : words ? [words] : [],
      durationMs: performance.now() - began,
    }).catch((error: unknown) => {
      console.error(`[audit] entry ${id} (${start.action}) stays pending: ${error instanceof Error ? error.message : String(error)}`);
    });
  try {
    for (const member of start.members) {
      const at = Date.now();
      ids.set(
        member.username,
        await appendAudit(store, {
          portal,
          at,
          admin: start.session.username,
          action: start.action,
          target: member.username,
          parameters: member.parameters,
        }),
      );
    }
  } catch (error) {
    await Promise.all([...ids.values()].map((id) => complete(id, undefined, 'Not sent: the audit log could not be written.')));
    throw error;
  }
  const outcomes = await call();
  const byName = new Map(outcomes.map((o) => [o.username, o]));
  await Promise.all([...ids].map(([username, id]) => complete(id, byName.get(username))));
  return outcomes;
}

/** auditedBatchWith on the dashboard's store. */
export function auditedBatch(
  session: PortalSession,
  change: { action: AuditAction; members: readonly MemberChange[] },
  call: () => Promise<MemberOutcome[]>,
): Promise<MemberOutcome[]> {
  return auditedBatchWith(appStore, { session, ...change }, call);
}
