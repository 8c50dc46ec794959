import autocannon from 'autocannon';

export interface ThroughputResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyP50: number;
  latencyP99: number;
  errors: number;
  non2xx: number;
}

export async function measureThroughput(url: string, cookie: string, connections = 50, seconds = 10): Promise<ThroughputResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { cookie } });
  return {
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
