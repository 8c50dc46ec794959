'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { EntitlementName } from '@/components/ui/entitlement-name';
import { Meter } from '@/components/ui/meter';
import { useRowLimit } from '@/components/ui/row-limit';
import { UtilizationBadge } from '@/components/ui/status-badges';
import { Table, Td, Th } from '@/components/ui/table';
import { ExpiryCell } from '@/components/ui/utc-date';
import { formatCount, formatPercent } from '@/lib/view/dates';
import { formatUsage, type UsageRow } from '@/lib/licensing/utilization';
import { TrendCell, type TrendState } from './trend-cell';

const dash = <span aria-label="not reported">—</span>;

/** The name, as a link to its holders on /members when there is one. */
function MembersLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!href) return children;
  return (
    <Link href={href} className="block text-blue-700 underline-offset-2 hover:underline dark:text-blue-300">
      {children}
      <span className="sr-only"> (its members)</span>
    </Link>
  );
}

/** Seats in use against purchased, with expirations: the chart's figures, readable without it. */
export function UtilizationTable({
  caption,
  rows,
  usedLabel,
  asOf,
  trend,
  membersHref,
}: {
  caption: string;
  rows: readonly UsageRow[];
  usedLabel: string;
  asOf: number;
  /** The user types' 90-day trend column, from the dashboard's history; omitted: no such column. */
  trend?: TrendState;
  /** The /members view of an entitlement's holders (the drill-down); undefined: no link for it. */
  membersHref?: (entitlement: UsageRow['entitlement']) => string | undefined;
}) {
  const { visible, showAll } = useRowLimit(rows);
  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th className="text-right">{usedLabel}</Th>
            <Th className="text-right">Purchased</Th>
            <Th>Utilization</Th>
            <Th>Expires (UTC)</Th>
            {trend ? <Th>Trend, 90 days{trend.state === 'read' && trend.synthetic ? ' (synthetic demo history)' : ''}</Th> : null}
          </tr>
        </thead>
        <tbody>
          {visible.map(({ entitlement, name, utilization }) => (
            <tr key={entitlement.id} data-testid={`usage-${entitlement.id}`}>
              <Td>
                <MembersLink href={membersHref?.(entitlement)}>
                  <EntitlementName name={name} id={entitlement.id} />
                </MembersLink>
              </Td>
              <Td className="text-right tabular-nums">{utilization.used !== undefined ? formatCount(utilization.used) : dash}</Td>
              <Td className="text-right tabular-nums">{utilization.purchased !== undefined ? formatCount(utilization.purchased) : dash}</Td>
              <Td>
                <span className="flex items-center gap-2 whitespace-nowrap">
                  <span className="w-12 text-right tabular-nums">{utilization.ratio !== undefined ? formatPercent(utilization.ratio) : dash}</span>
                  <Meter ratio={utilization.ratio} level={utilization.level} />
                  {utilization.level !== 'normal' ? <UtilizationBadge level={utilization.level} /> : null}
                  {utilization.level === 'over' ? <span data-testid={`over-${entitlement.id}`}>{formatUsage(utilization)}</span> : null}
                </span>
              </Td>
              <Td className="min-w-36">
                <ExpiryCell expiration={entitlement.expiration} asOf={asOf} />
              </Td>
              {trend ? (
                <Td>
                  <TrendCell trend={trend} id={entitlement.id} />
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}
