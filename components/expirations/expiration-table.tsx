'use client';

import { EntitlementName } from '@/components/ui/entitlement-name';
import { useRowLimit } from '@/components/ui/row-limit';
import { ExpiryBadge } from '@/components/ui/status-badges';
import { Table, Td, Th } from '@/components/ui/table';
import { UtcDate } from '@/components/ui/utc-date';
import type { TimelineRow } from '@/lib/licensing/timeline';

export function ExpirationTable({ rows, asOf }: { rows: readonly TimelineRow[]; asOf: number }) {
  const { visible, showAll } = useRowLimit(rows);
  return (
    <>
      <Table caption="Every expiration, soonest first (dates in UTC)">
        <thead>
          <tr>
            <Th>Expires (UTC)</Th>
            <Th>Status</Th>
            <Th>Name</Th>
            <Th>Kind</Th>
            <Th>Licensed to</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.key} data-testid={`expiry-${row.key}`}>
              <Td className="whitespace-nowrap">
                <UtcDate at={row.expiration} asOf={asOf} day={row.expirationDay} />
              </Td>
              <Td>
                <ExpiryBadge status={row.status} />
              </Td>
              <Td>
                <EntitlementName name={row.name} id={row.id} />
              </Td>
              <Td>{row.kindLabel}</Td>
              <Td>{row.source}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}
