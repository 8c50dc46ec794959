'use client';

import dynamic from 'next/dynamic';
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
}: {
  lines: readonly SeatHistoryLine[];
  marks: readonly SeatHistoryMark[];
  description: string;
}) {
  return (
    <ChartFrame description={description} height={320}>
      <SeatHistoryChartSvg lines={lines} marks={marks} />
    </ChartFrame>
  );
}
