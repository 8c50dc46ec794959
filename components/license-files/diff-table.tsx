import { EntitlementName } from '@/components/ui/entitlement-name';
import { Table, Td, Th } from '@/components/ui/table';
import { UtcDate } from '@/components/ui/utc-date';
import { formatCount, formatUtcDate } from '@/lib/view/dates';
import type { DiffRow } from '@/lib/licensing/license-diff';
import { DiffMarkBadge } from './diff-mark-badge';

const none = <span className="text-slate-500 dark:text-slate-400">—</span>;

function Seats({ value }: { value: number | undefined }) {
  return value !== undefined ? <>{formatCount(value)}</> : none;
}

function DateCell({ value, asOf }: { value: number | undefined; asOf: number }) {
  return value === undefined ? none : <UtcDate at={value} asOf={asOf} />;
}

/**
 * One category of the preview: the organization's seats and expiration now beside the file's,
 * with what changes. Rows named in a warning are highlighted (the warning says why).
 */
export function DiffTable({
  caption,
  rows,
  asOf,
  warned,
  showSeats,
}: {
  caption: string;
  rows: readonly DiffRow[];
  asOf: number;
  warned: ReadonlySet<string>;
  showSeats: boolean;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Change</Th>
          {showSeats ? (
            <>
              <Th className="text-right">Seats now</Th>
              <Th className="text-right">Seats in file</Th>
              <Th className="text-right">Assigned</Th>
            </>
          ) : null}
          <Th>Expires now (UTC)</Th>
          <Th>Expires in file (UTC)</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`diff-${row.key}`} className={warned.has(row.key) ? 'bg-amber-50 dark:bg-amber-950/30' : undefined}>
            <Td>
              <EntitlementName name={row.name} id={row.id} />
            </Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                {row.marks.map((mark) => (
                  <DiffMarkBadge key={mark} mark={mark} />
                ))}
              </span>
              {row.startsOn !== undefined ? <span className="mt-1 block text-xs">From {formatUtcDate(row.startsOn)}</span> : null}
              {row.endedOn !== undefined ? <span className="mt-1 block text-xs">Ended in the file on {formatUtcDate(row.endedOn)}</span> : null}
            </Td>
            {showSeats ? (
              <>
                <Td className="text-right tabular-nums">
                  <Seats value={row.current?.seats} />
                </Td>
                <Td className="text-right tabular-nums font-medium">
                  <Seats value={row.next?.seats} />
                </Td>
                <Td className="text-right tabular-nums">
                  <Seats value={row.used} />
                </Td>
              </>
            ) : null}
            <Td className="whitespace-nowrap">
              <DateCell value={row.current?.expiration} asOf={asOf} />
            </Td>
            <Td className="whitespace-nowrap font-medium">
              <DateCell value={row.next?.expiration} asOf={asOf} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
