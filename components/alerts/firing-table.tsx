import { Table, Td, Th } from '@/components/ui/table';
import type { FiringView } from '@/lib/features/alerts/contract';
import { RULE_LABELS } from '@/lib/licensing/alert-rules';
import { formatUtcDateTime } from '@/lib/view/date-time';

/** What is firing now, oldest first: each condition notified once when it started (and when it got worse). */
export function FiringTable({ firing }: { firing: readonly FiringView[] }) {
  if (firing.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing is firing.</p>;
  return (
    <Table caption="Conditions firing now (times in UTC)" captionHidden>
      <thead>
        <tr>
          <Th>Condition</Th>
          <Th>Rule</Th>
          <Th>Since (UTC)</Th>
        </tr>
      </thead>
      <tbody>
        {firing.map((condition) => (
          <tr key={condition.key} className="align-top">
            <Td className="min-w-64">
              {condition.title}
              <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{condition.detail}</span>
            </Td>
            <Td>{RULE_LABELS[condition.rule]}</Td>
            <Td className="whitespace-nowrap">
              <time dateTime={new Date(condition.since).toISOString()}>{formatUtcDateTime(condition.since)}</time>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
