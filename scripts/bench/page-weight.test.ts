import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measurePageWeight } from './page-weight';

function builtApp(stats: unknown, chunks: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  mkdirSync(join(dir, '.next/diagnostics'), { recursive: true });
  mkdirSync(join(dir, '.next/static/chunks'), { recursive: true });
  writeFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), JSON.stringify(stats));
  for (const [name, text] of Object.entries(chunks)) writeFileSync(join(dir, '.next/static/chunks', name), text);
  return dir;
}

describe('measurePageWeight', () => {
  it("sums every page's chunks, read from the given app's folder, and leaves framework routes out", () => {
    const shared = 'x'.repeat(1000);
    const chart = 'recharts();'.repeat(50);
    const dir = builtApp(
      [
        { route: '/chart', firstLoadChunkPaths: ['.next/static/chunks/shared.js', '.next/static/chunks/chart.js'] },
        { route: '/history', firstLoadChunkPaths: ['.next/static/chunks/shared.js'] },
        { route: '/_not-found', firstLoadChunkPaths: ['.next/static/chunks/shared.js'] },
      ],
      { 'shared.js': shared, 'chart.js': chart },
    );
    const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
    expect(measurePageWeight(dir)).toEqual([
      { route: '/chart', rawBytes: shared.length + chart.length, gzipBytes: gz(shared) + gz(chart) },
      { route: '/history', rawBytes: shared.length, gzipBytes: gz(shared) },
    ]);
  });

  it('refuses a diagnostics file of another shape', () => {
    const dir = builtApp([{ route: '/', chunks: [] }], {});
    expect(() => measurePageWeight(dir)).toThrow();
  });
});
