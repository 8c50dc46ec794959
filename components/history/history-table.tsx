'use client';

import { Badge } from '@/components/ui/badge';
import { useRowLimit } from '@/components/ui/row-limit';
import { Table, Td, Th } from '@/components/ui/table';
import type { HistorySeries } from '@/lib/features/history/contract';
import { formatCount, formatUtcDate } from '@/lib/view/dates';

interface DayRow {
  day: number;
  synthetic: boolean;
  cells: (string | undefined)[];
}

/** One row a day, newest first, a column per entitlement ("12 of 50"). */
function rowsOf(series: readonly HistorySeries[]): DayRow[] {
  const byDay = new Map<number, DayRow>();
  series.forEach((s, column) => {
    for (const point of s.days) {
      const row = byDay.get(point.day) ?? { day: point.day, synthetic: false, cells: series.map(() => undefined) };
      row.cells[column] = `${formatCount(point.seatsAssigned)} of ${formatCount(point.seatsPurchased)}`;
      row.synthetic ||= point.synthetic;
      byDay.set(point.day, row);
    }
  });
  return [...byDay.values()].sort((a, b) => b.day - a.day);
}

/** The chart's figures as a table: seats in use of seats purchased per entitlement and UTC day. */
export function HistoryTable({ series }: { series: readonly HistorySeries[] }) {
  const { visible, showAll } = useRowLimit(rowsOf(series), 31);
  return (
    <>
      <Table caption="Seats in use of seats purchased, per day (UTC), newest first">
        <thead>
          <tr>
            <Th>Date (UTC)</Th>
            {series.map((s) => (
              <Th key={s.id} className="text-right">
                {s.name}
              </Th>
            ))}
            <Th>Source</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.day}>
              <Td className="whitespace-nowrap">{formatUtcDate(row.day)}</Td>
              {row.cells.map((cell, i) => (
                <Td key={series[i]?.id ?? i} className="whitespace-nowrap text-right tabular-nums">
                  {cell ?? <span aria-label="no snapshot">—</span>}
                </Td>
              ))}
              <Td>{row.synthetic ? <Badge tone="amber">synthetic demo history</Badge> : 'recorded'}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}
