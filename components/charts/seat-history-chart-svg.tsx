'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount, formatUtcDate } from '@/lib/view/dates';
import { GRID_COLOR, seriesColor } from './chart-colors';
import type { SeatHistoryLine, SeatHistoryMark } from './seat-history-chart';

type Row = Record<string, number>;

const DAY = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const MARK_COLORS: Record<SeatHistoryMark['kind'], string> = { import: '#7c3aed', expiration: '#dc2626' };

/** One row per day: `day`, then `<id>` seats in use and `<id>:purchased`. */
function rowsOf(lines: readonly SeatHistoryLine[]): Row[] {
  const byDay = new Map<number, Row>();
  for (const line of lines) {
    for (const point of line.days) {
      const row = byDay.get(point.day) ?? { day: point.day };
      row[line.id] = point.seatsAssigned;
      row[`${line.id}:purchased`] = point.seatsPurchased;
      byDay.set(point.day, row);
    }
  }
  return [...byDay.values()].sort((a, b) => (a.day ?? 0) - (b.day ?? 0));
}

/** The history chart itself, loaded after the page (see seat-history-chart.tsx). */
export default function SeatHistoryChartSvg({ lines, marks }: { lines: readonly SeatHistoryLine[]; marks: readonly SeatHistoryMark[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rowsOf(lines)} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={GRID_COLOR} />
        <XAxis
          type="number"
          dataKey="day"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={(v: number) => DAY.format(new Date(v))}
          tick={{ fill: 'currentColor', fontSize: 12 }}
          minTickGap={24}
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fill: 'currentColor', fontSize: 12 }}
          width={56}
          label={{ value: 'seats', angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 12 }}
        />
        <Tooltip
          labelFormatter={(v) => `${formatUtcDate(Number(v))} (UTC)`}
          formatter={(value, name) => [`${formatCount(Number(value))} seats`, name]}
        />
        {marks.map((mark) => (
          <ReferenceLine key={`${mark.kind}-${mark.day}`} x={mark.day} stroke={MARK_COLORS[mark.kind]} strokeDasharray="2 3" />
        ))}
        {lines.flatMap((line, i) => [
          <Line
            key={line.id}
            type="monotone"
            dataKey={line.id}
            name={`${line.name} in use`}
            stroke={seriesColor(i)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />,
          <Line
            key={`${line.id}:purchased`}
            type="stepAfter"
            dataKey={`${line.id}:purchased`}
            name={`${line.name} purchased`}
            stroke={seriesColor(i)}
            strokeDasharray="6 4"
            strokeWidth={1}
            dot={false}
            isAnimationActive={false}
          />,
        ])}
      </LineChart>
    </ResponsiveContainer>
  );
}
