'use client';

import { EntitlementName } from '@/components/ui/entitlement-name';
import { useRowLimit } from '@/components/ui/row-limit';
import { Table, Td, Th } from '@/components/ui/table';
import { ExpiryCell } from '@/components/ui/utc-date';
import { formatCount } from '@/lib/view/dates';
import { CATEGORY_LABELS, entitlementName } from '@/lib/licensing/display-names';
import type { Entitlement } from '@/lib/licensing/license-model';

/** Entitlements the portal reports no usage for: seats (when any) and expiration. */
export function EntitlementTable({ caption, entitlements, asOf }: { caption: string; entitlements: readonly Entitlement[]; asOf: number }) {
  const { visible, showAll } = useRowLimit(entitlements);
  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Kind</Th>
            <Th className="text-right">Purchased</Th>
            <Th>Expires (UTC)</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((e) => (
            <tr key={`${e.category}:${e.id}`} data-testid={`entitlement-${e.id}`}>
              <Td>
                <EntitlementName name={entitlementName(e)} id={e.id} />
              </Td>
              <Td>{CATEGORY_LABELS[e.category]}</Td>
              <Td className="text-right tabular-nums">{e.purchased !== undefined ? formatCount(e.purchased) : '—'}</Td>
              <Td className="min-w-36">
                <ExpiryCell expiration={e.expiration} asOf={asOf} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}
