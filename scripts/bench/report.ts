import { writeFileSync } from 'node:fs';

/** A target relative to the framework's floor: the ratio measured / floor must be at most or at least `ratio`. */
export type RelativeTarget = { atMost: number } | { atLeast: number };

/** One line of the report. `ratio` and `met` are absent for figures printed without a target. */
export interface Row {
  figure: string;
  value: string;
  target: string;
  ratio?: string;
  met?: boolean;
}

/** `1.000×`: a ratio as the report prints it. */
function formatRatio(ratio: number): string {
  return `${ratio.toFixed(3)}×`;
}

/**
 * measured / floor judged against a relative target. The ratio is rounded as printed before it is
 * judged, so a printed 1.000× never shows as missed. NaN (no floor) never meets a target.
 */
export function judge(measured: number, floor: number, target: RelativeTarget): Pick<Row, 'target' | 'ratio' | 'met'> {
  const ratio = Number((measured / floor).toFixed(3));
  if ('atMost' in target) return { target: `≤ ${target.atMost.toFixed(1)}× floor`, ratio: formatRatio(ratio), met: ratio <= target.atMost };
  return { target: `≥ ${target.atLeast.toFixed(1)}× floor`, ratio: formatRatio(ratio), met: ratio >= target.atLeast };
}

function mark(met: boolean | undefined): string {
  if (met === undefined) return '';
  return met ? '✔' : '✘';
}

/** The rows collected so far, each printed to the console as it is added. */
export class Report {
  readonly rows: Row[] = [];

  add(row: Row): void {
    this.rows.push(row);
    const ratio = row.ratio === undefined ? '' : `  ratio ${row.ratio}`;
    console.log(`${row.figure.padEnd(64)} ${row.value.padEnd(36)} target ${row.target}${ratio}  ${mark(row.met)}`.trimEnd());
  }

  /** The rows as a Markdown table: figure, value, target, ratio, met (✔ / **✘**). */
  table(): string[] {
    return [
      '| figure | value | target | ratio | met |',
      '| --- | --- | --- | --- | --- |',
      ...this.rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.ratio ?? ''} | ${r.met === false ? '**✘**' : mark(r.met)} |`),
    ];
  }

  /** Writes `header` lines, then the table, to `path` (BENCHMARKS.md), replacing the file. */
  write(path: string, header: readonly string[]): void {
    writeFileSync(path, [...header, '', ...this.table(), ''].join('\n'));
  }
}
