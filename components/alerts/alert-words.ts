import type { Tone } from '@/components/ui/badge';
import type { NotificationViewData } from '@/lib/features/alerts/contract';

/** Each delivery state in words (the colour only repeats them), with what it means where the word does not say. */
export const STATUS_WORDS: Record<NotificationViewData['status'], { label: string; tone: Tone; meaning?: string }> = {
  pending: { label: 'Sending', tone: 'gray' },
  sent: { label: 'Sent', tone: 'green' },
  retrying: { label: 'Failed, retrying', tone: 'amber', meaning: 'Tried again with back-off for up to an hour.' },
  failed: { label: 'Failed', tone: 'red', meaning: 'Given up after an hour of retries.' },
};

/** What happened to the condition, as the sent history says it. */
export const EVENT_WORDS: Record<NotificationViewData['message']['event'], string> = {
  start: 'Started',
  escalate: 'Worse',
  clear: 'Cleared',
  test: 'Test',
};
