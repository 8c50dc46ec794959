import type { Tone } from '@/components/ui/badge';
import type { AuditEntryView } from '@/lib/features/audit/contract';

/** Each action in words, as the table and the filter show it. */
export const ACTION_WORDS: Record<AuditEntryView['action'], string> = {
  'sign-in': 'Sign-in',
  'sign-out': 'Sign-out',
  'release-license': 'Release license',
  'update-license-manager': 'Update License Manager',
  'validate-license': 'Validate license file',
  'import-license': 'Import license file',
  'populate-license': 'Populate license',
  'import-server-license': 'Import server license',
  'change-user-type': 'Change user type',
  'revoke-app-license': 'Revoke app license',
  'assign-app-license': 'Assign app license',
  'save-alert-rule': 'Change alert rule',
  'add-alert-channel': 'Add alert channel',
  'delete-alert-channel': 'Delete alert channel',
  'lend-collector': 'Let the collector sign in',
  'stop-collector': 'Stop the collector’s sign-in',
};

/**
 * Each outcome in words (the colour only repeats them) and, where the word alone does not say what to
 * do, what it means: success and failed speak for themselves beside the portal's words.
 */
export const OUTCOME_WORDS: Record<AuditEntryView['outcome'], { label: string; tone: Tone; meaning?: string }> = {
  success: { label: 'Success', tone: 'green' },
  failed: { label: 'Failed', tone: 'red' },
  unknown: { label: 'Unknown', tone: 'amber', meaning: 'The connection dropped after the request was sent: check the portal.' },
  pending: { label: 'Pending', tone: 'gray', meaning: 'Sent, and no outcome was recorded (in progress, or the dashboard stopped).' },
};
