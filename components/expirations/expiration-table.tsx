'use client';

import { EntitlementName } from '@/components/ui/entitlement-name';
import { useRowLimit } from '@/components/ui/row-limit';
import { ExpiryBadge } from '@/components/ui/status-badges';
import { Table, Td, Th } from '@/components/ui/table';
import { UtcDate } from '@/components/ui/utc-date';
import { groupByDay, type TimelineRow } from '@/lib/licensing/timeline';

/**
 * Every dated item, soonest first, grouped by day: one date heading (a rowgroup header spanning its
 * rows), then a row per item. Long server names wrap anywhere rather than overlap the next column.
 */
export function ExpirationTable({ rows, asOf }: { rows: readonly TimelineRow[]; asOf: number }) {
  const { visible, showAll } = useRowLimit(rows);
  return (
    <>
      <Table caption="Every expiration, soonest first, grouped by date (dates in UTC)">
        <thead>
          <tr>
            <Th>Expires (UTC)</Th>
            <Th>Name</Th>
            <Th>Status</Th>
            <Th>Kind</Th>
            <Th>Licensed to</Th>
          </tr>
        </thead>
        {groupByDay(visible).map((group) => (
          <tbody key={group.day} data-testid={`expiry-day-${group.day}`}>
            {group.rows.map((row, index) => (
              <tr key={row.key} data-testid={`expiry-${row.key}`}>
                {index === 0 ? (
                  <th
                    scope="rowgroup"
                    rowSpan={group.rows.length}
                    className="whitespace-nowrap border-b border-slate-200 px-3 py-2 text-left align-top font-medium dark:border-slate-700"
                  >
                    <UtcDate at={row.expiration} asOf={asOf} day={row.expirationDay} />
                  </th>
                ) : null}
                <Td className="min-w-40">
                  <EntitlementName name={row.name} id={row.id} />
                </Td>
                <Td>
                  <ExpiryBadge status={row.status} />
                </Td>
                <Td className="whitespace-nowrap">{row.kindLabel}</Td>
                <Td className="min-w-32 wrap-anywhere">{row.source}</Td>
              </tr>
            ))}
          </tbody>
        ))}
      </Table>
      {showAll}
    </>
  );
}
