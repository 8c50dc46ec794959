import type { ExpiryStatus } from '@/lib/licensing/expiry-buckets';
import type { UtilizationLevel } from '@/lib/licensing/utilization';

// SVG needs colour values, not classes: these match the badge tones (Tailwind's 600 shades).

export const UTILIZATION_COLORS: Record<UtilizationLevel, string> = {
  unknown: '#94a3b8',
  normal: '#2563eb',
  high: '#d97706',
  full: '#dc2626',
  over: '#dc2626',
};

export const EXPIRY_COLORS: Record<ExpiryStatus, string> = {
  expired: '#dc2626',
  within30: '#d97706',
  within90: '#2563eb',
  later: '#16a34a',
  none: '#94a3b8',
};

// Translucent, so the unused part of a bar reads as background in light and dark mode alike.
export const REMAINING_COLOR = '#94a3b84d';
export const GRID_COLOR = '#94a3b855';

// One colour per line of a multi-line chart (Tableau 10: told apart with the common colour-vision
// deficiencies, readable on light and dark backgrounds); the legend names each line as well.
const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/** The colour of a multi-line chart's line `index` (and of its legend entry). */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? '#2563eb';
}
