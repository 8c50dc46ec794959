import { EXPIRY_LABELS, type ExpiryStatus } from '@/lib/licensing/expiry-buckets';
import { UTILIZATION_LABELS, type UtilizationLevel } from '@/lib/licensing/utilization';
import { Badge, type Tone } from './badge';

const EXPIRY_TONES: Record<ExpiryStatus, Tone> = {
  expired: 'red',
  within30: 'amber',
  within90: 'blue',
  later: 'green',
  none: 'gray',
};

export function ExpiryBadge({ status }: { status: ExpiryStatus }) {
  return <Badge tone={EXPIRY_TONES[status]}>{EXPIRY_LABELS[status]}</Badge>;
}

const UTILIZATION_TONES: Record<UtilizationLevel, Tone> = {
  unknown: 'gray',
  normal: 'green',
  high: 'amber',
  full: 'red',
  over: 'red',
};

export function UtilizationBadge({ level }: { level: UtilizationLevel }) {
  return <Badge tone={UTILIZATION_TONES[level]}>{UTILIZATION_LABELS[level]}</Badge>;
}
