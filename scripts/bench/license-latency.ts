import { interleave } from './interleave';
import { control, directToken } from './servers';
import { percentile } from './stats';

/** Milliseconds, nearest-rank percentiles. */
interface Percentiles {
  p50: number;
  p95: number;
}

export interface LicenseLatency {
  latencyMs: number;
  requests: number;
  /** The license read straight from the portal: what any proxy of it cannot go below. */
  direct: Percentiles;
  /** The bare Next.js route handler (scripts/bench/floor). */
  floor: Percentiles;
  dashboard: Percentiles;
}

async function timedRead(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

function summary(samples: readonly number[]): Percentiles {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * GET /api/license through the dashboard and through the floor app, and the same license read
 * straight from the portal, `requests` times each, one request at a time, interleaved, with the
 * emulator adding `latencyMs` to every portal answer (reset to 0 afterwards).
 */
export async function measureLicenseLatency(options: {
  dashboardUrl: string;
  cookie: string;
  floorUrl: string;
  portalUrl: string;
  controlUrl: string;
  latencyMs: number;
  requests: number;
}): Promise<LicenseLatency> {
  await control(options.controlUrl, '/latency', { ms: options.latencyMs });
  const referer = `${options.dashboardUrl}/`;
  const token = await directToken(options.portalUrl, referer);
  const directUrl = `${options.portalUrl}/portaladmin/license?f=json&token=${encodeURIComponent(token)}`;
  const readers = {
    direct: () => timedRead(directUrl, { Referer: referer }),
    floor: () => timedRead(`${options.floorUrl}/api/license`, {}),
    dashboard: () => timedRead(`${options.dashboardUrl}/api/license`, { Cookie: options.cookie }),
  };
  await interleave(readers, 50);
  const times = await interleave(readers, options.requests);
  await control(options.controlUrl, '/latency', { ms: 0 });
  return {
    latencyMs: options.latencyMs,
    requests: options.requests,
    direct: summary(times.direct),
    floor: summary(times.floor),
    dashboard: summary(times.dashboard),
  };
}
