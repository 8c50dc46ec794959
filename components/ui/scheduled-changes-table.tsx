import { Badge } from '@/components/ui/badge';
import { EntitlementName } from '@/components/ui/entitlement-name';
import { Notice } from '@/components/ui/notice';
import { Table, Td, Th } from '@/components/ui/table';
import { UtcDate } from '@/components/ui/utc-date';
import { formatCount } from '@/lib/view/dates';
import { shortfallMessage, type ScheduledChange } from '@/lib/licensing/scheduled-changes';

/** The changes that leave fewer seats than members hold today, each in words, above the table that marks them. */
function ShortfallNotice({ changes, testIdPrefix }: { changes: readonly ScheduledChange[]; testIdPrefix: string }) {
  const short = changes.filter((change) => change.shortfall);
  if (short.length === 0) return null;
  const title =
    short.length === 1
      ? '1 scheduled change leaves fewer seats than members hold today'
      : `${short.length} scheduled changes leave fewer seats than members hold today`;
  return (
    <Notice kind="warning" title={title}>
      <ul className="list-disc space-y-1 pl-5" aria-label="Changes with fewer seats than members">
        {short.map((change) => (
          <li key={change.key} data-testid={`${testIdPrefix}shortfall-${change.category}:${change.id}`}>
            {shortfallMessage(change)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/**
 * Seat changes on later dates, seats before → after: what the organization's license schedules
 * (/expirations) and what a license file would schedule (the import preview). A change to fewer
 * seats than members hold today is marked in words on its row and listed above the table.
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
    <div className="space-y-3">
      <ShortfallNotice changes={changes} testIdPrefix={testIdPrefix} />
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>Date (UTC)</Th>
            <Th>Name</Th>
            {/* On a phone the kind goes under the name, so the seats stay in view. */}
            <Th className="hidden sm:table-cell">Kind</Th>
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
                <span className="block text-xs text-slate-600 sm:hidden dark:text-slate-400">{change.kindLabel}</span>
              </Td>
              <Td className="hidden sm:table-cell">{change.kindLabel}</Td>
              <Td className="text-right tabular-nums">
                <span className="whitespace-nowrap">
                  {change.before !== undefined ? formatCount(change.before) : '—'} → {formatCount(change.after)}
                </span>
                {change.shortfall ? (
                  <span className="mt-1 block">
                    <Badge tone="amber">
                      {formatCount(change.shortfall.used)} hold it: {formatCount(change.shortfall.over)} over
                    </Badge>
                  </span>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
