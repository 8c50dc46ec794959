import { control, directToken } from './servers';
import { percentile } from './stats';

export interface OverheadResult {
  latencyMs: number;
  requests: number;
  direct: { p50: number; p99: number };
  dashboard: { p50: number; p99: number };
}

async function timedRead(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

/**
 * GET /api/license through the dashboard against the same license read straight from the portal,
 * one request at a time, interleaved (alternating which goes first) so both see the same machine.
 */
export async function measureOverhead(options: {
  dashboardUrl: string;
  cookie: string;
  portalUrl: string;
  controlUrl: string;
  latencyMs: number;
  requests: number;
}): Promise<OverheadResult> {
  await control(options.controlUrl, '/latency', { ms: options.latencyMs });
  const referer = `${options.dashboardUrl}/`;
  const token = await directToken(options.portalUrl, referer);
  const directUrl = `${options.portalUrl}/portaladmin/license?f=json&token=${encodeURIComponent(token)}`;
  const dashboardUrl = `${options.dashboardUrl}/api/license`;
  const direct = () => timedRead(directUrl, { Referer: referer });
  const dashboard = () => timedRead(dashboardUrl, { Cookie: options.cookie });

  for (let i = 0; i < 50; i += 1) {
    await direct();
    await dashboard();
  }
  const directTimes: number[] = [];
  const dashboardTimes: number[] = [];
  for (let i = 0; i < options.requests; i += 1) {
    if (i % 2 === 0) {
      directTimes.push(await direct());
      dashboardTimes.push(await dashboard());
    } else {
      dashboardTimes.push(await dashboard());
      directTimes.push(await direct());
    }
  }
  await control(options.controlUrl, '/latency', { ms: 0 });
  return {
    latencyMs: options.latencyMs,
    requests: options.requests,
    direct: { p50: percentile(directTimes, 50), p99: percentile(directTimes, 99) },
    dashboard: { p50: percentile(dashboardTimes, 50), p99: percentile(dashboardTimes, 99) },
  };
}
