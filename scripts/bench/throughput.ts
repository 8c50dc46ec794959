import autocannon from 'autocannon';

interface ThroughputResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  /** Every failed request, timeouts (no answer within autocannon's 10 s) included. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** One autocannon run: `connections` keeping requests in flight for `seconds`; latencies in ms. */
async function measureThroughput(url: string, headers: Record<string, string>, connections = 50, seconds = 10): Promise<ThroughputResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

export interface Target {
  url: string;
  headers: Record<string, string>;
}

/** Requests per second of each of two runs, and the failures of both together. */
export interface PairedThroughput {
  runs: [number, number];
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * Two runs each of `a` and `b` in the order a, b, b, a, so that a machine growing busier or quieter
 * during the runs (other work shares it) weighs on both alike.
 */
export async function measureThroughputPair(
  a: Target,
  b: Target,
  connections = 50,
  seconds = 10,
): Promise<{ a: PairedThroughput; b: PairedThroughput }> {
  const a1 = await measureThroughput(a.url, a.headers, connections, seconds);
  const b1 = await measureThroughput(b.url, b.headers, connections, seconds);
  const b2 = await measureThroughput(b.url, b.headers, connections, seconds);
  const a2 = await measureThroughput(a.url, a.headers, connections, seconds);
  const pair = (first: ThroughputResult, second: ThroughputResult): PairedThroughput => ({
    runs: [first.requestsPerSecond, second.requestsPerSecond],
    errors: first.errors + second.errors,
    timeouts: first.timeouts + second.timeouts,
    non2xx: first.non2xx + second.non2xx,
  });
  return { a: pair(a1, a2), b: pair(b1, b2) };
}
