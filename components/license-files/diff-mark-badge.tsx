import { Badge, type Tone } from '@/components/ui/badge';
import { DIFF_MARK_LABELS, type DiffMark } from '@/lib/licensing/license-diff';

const TONES: Record<DiffMark, Tone> = {
  added: 'blue',
  removed: 'red',
  more: 'green',
  fewer: 'amber',
  renewed: 'green',
  shorter: 'amber',
  unchanged: 'gray',
};

export function DiffMarkBadge({ mark }: { mark: DiffMark }) {
  return <Badge tone={TONES[mark]}>{DIFF_MARK_LABELS[mark]}</Badge>;
}
