'use client';

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

/** Seats in use against purchased, with expirations: the chart's figures, readable without it. */
export function UtilizationTable({
  caption,
  rows,
  usedLabel,
  asOf,
  trend,
}: {
  caption: string;
  rows: readonly UsageRow[];
  usedLabel: string;
  asOf: number;
  /** The user types' 90-day trend column, from the dashboard's history; omitted: no such column. */
  trend?: TrendState;
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
                <EntitlementName name={name} id={entitlement.id} />
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
