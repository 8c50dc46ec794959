import { EntitlementName } from '@/components/ui/entitlement-name';
import { Table, Td, Th } from '@/components/ui/table';
import { UtcDate } from '@/components/ui/utc-date';
import { formatCount } from '@/lib/view/dates';
import type { ScheduledChange } from '@/lib/licensing/scheduled-changes';

/**
 * Seat changes on later dates, seats before → after: what the organization's license schedules
 * (/expirations) and what a license file would schedule (the import preview).
 */
export function ScheduledChangesTable({
  caption,
  changes,
  asOf,
  testIdPrefix,
}: {
  caption: string;
  changes: readonly ScheduledChange[];
  asOf: number;
  testIdPrefix: string;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Date (UTC)</Th>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th className="text-right">Seats before → after</Th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.key} data-testid={`${testIdPrefix}${change.category}:${change.id}`}>
            <Td className="whitespace-nowrap">
              <UtcDate at={change.date} asOf={asOf} />
            </Td>
            <Td>
              <EntitlementName name={change.name} id={change.id} />
            </Td>
            <Td>{change.kindLabel}</Td>
            <Td className="text-right tabular-nums">
              {change.before !== undefined ? formatCount(change.before) : '—'} → {formatCount(change.after)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
