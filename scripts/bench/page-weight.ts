import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  route: string;
  gzipBytes: number;
  rawBytes: number;
}

interface RouteBundleStats {
  route: string;
  firstLoadChunkPaths: string[];
}

/** First-load JavaScript per page, from the build's own list of chunks, gzipped as a server would send them. */
export function measurePageWeight(): PageWeight[] {
  const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8')) as RouteBundleStats[];
  return stats
    .filter((entry) => !entry.route.startsWith('/_'))
    .map((entry) => {
      const files = entry.firstLoadChunkPaths.map((path) => readFileSync(path));
      return {
        route: entry.route,
        rawBytes: files.reduce((sum, file) => sum + file.length, 0),
        gzipBytes: files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0),
      };
    });
}
