// What an audit entry can record, shared by the store (lib/store/audit.ts, server-only) and the audit
// log's contract (read in the browser too): one list, so the page's filter and the stored values
// cannot drift apart.

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-out',
  'release-license',
  'update-license-manager',
  'validate-license',
  'import-license',
  'populate-license',
  'import-server-license',
  'change-user-type',
  'revoke-app-license',
  'assign-app-license',
  'save-alert-rule',
  'add-alert-channel',
  'delete-alert-channel',
  'lend-collector',
  'stop-collector',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['pending', 'success', 'failed', 'unknown'] as const;
/** pending: written before the portal call; unknown: the connection dropped after the call was sent. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
