import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

export interface PageWeight {
  route: string;
  gzipBytes: number;
  rawBytes: number;
}

// Next.js's own diagnostics file: parsed rather than trusted, so that a change of its shape in a
// later Next.js says so here instead of producing wrong figures.
const RouteBundleStats = z.array(z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }));

/**
 * First-load JavaScript of every page of the Next.js app in `projectDir`, from its production build's
 * own list of chunks (`.next/diagnostics/route-bundle-stats.json`, which lists pages, not route
 * handlers), gzipped as a server would send them. Framework routes (`/_not-found`, …) are left out.
 * Throws when the app has not been built or the file's shape is not the one expected.
 */
export function measurePageWeight(projectDir = '.'): PageWeight[] {
  const stats = RouteBundleStats.parse(JSON.parse(readFileSync(join(projectDir, '.next/diagnostics/route-bundle-stats.json'), 'utf8')));
  return stats
    .filter((entry) => !entry.route.startsWith('/_'))
    .map((entry) => {
      const files = entry.firstLoadChunkPaths.map((path) => readFileSync(join(projectDir, path)));
      return {
        route: entry.route,
        rawBytes: files.reduce((sum, file) => sum + file.length, 0),
        gzipBytes: files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0),
      };
    });
}
