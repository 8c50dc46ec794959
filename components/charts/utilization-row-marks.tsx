'use client';

import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow } from './utilization-chart-rows';

/**
 * Drawn inside the bar chart from its own scales: each bar's seat limit as a tick across the bar
 * in the text colour, so it shows on a red bar too (dashed when over-used: the bar runs past it),
 * and each bar's label after its end. Recharts draws no label on a zero-length bar part, which is
 * what the unused part of a full bar is, so the labels are placed here rather than on a bar.
 * Compact: name and figures on a line above the bar.
 */
export function UtilizationRowMarks({ rows, compact }: { rows: readonly ChartRow[]; compact: boolean }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g data-testid="seat-limit-marks">
      {rows.map((row) => {
        const top = y(row.name, { position: 'start' });
        const bottom = y(row.name, { position: 'end' });
        const limitX = x(row.limit);
        const endX = x(Math.max(row.inUse, row.limit));
        const startX = x(0);
        if (top === undefined || bottom === undefined || limitX === undefined || endX === undefined || startX === undefined) return null;
        return (
          <g key={row.key}>
            {row.limit > 0 ? (
              <line
                x1={limitX}
                x2={limitX}
                y1={top - 3}
                y2={bottom + 3}
                stroke="currentColor"
                strokeWidth={2}
                strokeDasharray={row.level === 'over' ? '3 2' : undefined}
              >
                <title>Seat limit: {row.purchased}</title>
              </line>
            ) : null}
            {compact ? (
              <text x={startX} y={top + 10} fill="currentColor" fontSize={11}>
                {`${row.name}: ${row.label}`}
              </text>
            ) : (
              <text x={endX + 8} y={(top + bottom) / 2} dominantBaseline="central" fill="currentColor" fontSize={12}>
                {row.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
