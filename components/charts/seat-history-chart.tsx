'use client';

import dynamic from 'next/dynamic';
import { seriesColor } from './chart-colors';
import { ChartFrame } from './chart-frame';

/** One entitlement's line: seats in use and purchased per UTC day (`day` epoch ms, start of the day). */
export interface SeatHistoryLine {
  id: string;
  name: string;
  days: readonly { day: number; seatsAssigned: number; seatsPurchased: number }[];
}

/** A vertical mark: an import (the license changed) or an expiration, on the start of a UTC day. */
export interface SeatHistoryMark {
  day: number;
  kind: 'import' | 'expiration';
}

// Loaded after the page, like every chart (see utilization-chart.tsx): the table is the server-rendered truth.
const SeatHistoryChartSvg = dynamic(() => import('./seat-history-chart-svg'), { ssr: false });

/**
 * Seats in use over time, one line per entitlement, with seats purchased as a dashed step line of the
 * same colour and imports and expirations as vertical marks. Every figure is also in the table beside it.
 */
export function SeatHistoryChart({
  lines,
  marks,
  description,
  synthetic,
}: {
  lines: readonly SeatHistoryLine[];
  marks: readonly SeatHistoryMark[];
  description: string;
  /** Drawn from the demo's synthetic history: the legend says so. */
  synthetic: boolean;
}) {
  return (
    <div>
      <ChartFrame description={description} height={320}>
        <SeatHistoryChartSvg lines={lines} marks={marks} />
      </ChartFrame>
      {/* The legend in HTML: rendered on the server, wraps on a phone, and names the source. */}
      <ul aria-label="Legend" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {lines.map((line, i) => (
          <li key={line.id} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-0.5 w-4" style={{ backgroundColor: seriesColor(i) }} />
            {line.name}
          </li>
        ))}
        <li>solid: seats in use; dashed: seats purchased</li>
        {marks.length > 0 ? <li>vertical marks: imports (purple), expirations (red)</li> : null}
        {synthetic ? <li className="font-medium">synthetic demo history</li> : null}
      </ul>
    </div>
  );
}
