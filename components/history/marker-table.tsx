import { Table, Td, Th } from '@/components/ui/table';
import type { HistorySeries } from '@/lib/features/history/contract';
import { formatUtcDate } from '@/lib/view/dates';

/** The chart's vertical marks in words: imports (the license changed) and expirations, by day. */
export function MarkerTable({ series }: { series: readonly HistorySeries[] }) {
  const rows = series.flatMap((s) => s.markers.map((m) => ({ ...m, name: s.name, id: s.id }))).sort((a, b) => a.day - b.day);
  if (rows.length === 0) return <p className="text-sm">No imports or expirations in this range.</p>;
  return (
    <Table caption="Imports and expirations in this range">
      <thead>
        <tr>
          <Th>Date (UTC)</Th>
          <Th>Entitlement</Th>
          <Th>What happened</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.id}-${row.kind}-${row.day}`}>
            <Td className="whitespace-nowrap">{formatUtcDate(row.day)}</Td>
            <Td>{row.name}</Td>
            <Td>{row.text}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
