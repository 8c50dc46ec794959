'use client';

import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '@/lib/view/dates';
import { GRID_COLOR, REMAINING_COLOR, UTILIZATION_COLORS } from './chart-colors';
import type { UtilizationDatum } from './utilization-chart';
import { toChartRow, type ChartRow } from './utilization-chart-rows';
import { UtilizationRowMarks } from './utilization-row-marks';

function TooltipBody({ active, payload }: { active?: boolean; payload?: readonly { payload?: ChartRow }[] }) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm shadow dark:border-slate-700 dark:bg-slate-900">
      <p className="font-medium">{row.name}</p>
      <p>
        {formatCount(row.used)} in use of {formatCount(row.purchased)} purchased
      </p>
    </div>
  );
}

/** Below this width a name column and labels after the bars leave no room for bars (a phone). */
const COMPACT_BELOW_PX = 640;

/**
 * The recharts drawing of UtilizationChart, loaded after the page (see utilization-chart.tsx).
 * Compact (narrow screens): no name column; each bar's name and figures on a line above it.
 */
export default function UtilizationChartSvg({ data, scale }: { data: readonly UtilizationDatum[]; scale: 'seats' | 'percent' }) {
  const rows = data.map((d) => toChartRow(d, scale));
  const [compact, setCompact] = useState(false);
  return (
    <ResponsiveContainer width="100%" height="100%" onResize={(width) => setCompact(width < COMPACT_BELOW_PX)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={compact ? { top: 4, right: 16, bottom: 4, left: 8 } : { top: 4, right: 200, bottom: 4, left: 8 }}
        barCategoryGap={8}
        {...(compact ? { barSize: 10 } : {})}
      >
        <CartesianGrid horizontal={false} stroke={GRID_COLOR} />
        <XAxis
          type="number"
          tick={{ fill: 'currentColor', fontSize: 12 }}
          domain={scale === 'percent' ? [0, 100] : [0, 'auto']}
          allowDataOverflow={false}
          tickFormatter={(v: number) => (scale === 'percent' ? `${v}%` : formatCount(v))}
        />
        <YAxis type="category" dataKey="name" width={190} hide={compact} tick={{ fill: 'currentColor', fontSize: 12 }} interval={0} />
        <Tooltip content={<TooltipBody />} cursor={{ fill: '#94a3b822' }} />
        {scale === 'percent' ? (
          <>
            <ReferenceLine x={90} stroke={UTILIZATION_COLORS.high} strokeDasharray="4 3" />
            <ReferenceLine x={100} stroke={UTILIZATION_COLORS.full} strokeDasharray="4 3" />
          </>
        ) : null}
        <Bar dataKey="inUse" name="In use" stackId="seats" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.key} fill={UTILIZATION_COLORS[row.level]} />
          ))}
        </Bar>
        <Bar dataKey="remaining" name="Purchased, unused" stackId="seats" fill={REMAINING_COLOR} isAnimationActive={false} />
        <UtilizationRowMarks rows={rows} compact={compact} />
      </BarChart>
    </ResponsiveContainer>
  );
}
