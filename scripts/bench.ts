import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { measurePageWeight, type PageWeight } from './bench/page-weight';
import { measureOverhead, type OverheadResult } from './bench/proxy-overhead';
import { measureBrowserRender, measureServerRender } from './bench/scale';
import { residentMegabytes, signIn, startDashboard, startEmulatorProcess } from './bench/servers';
import { ms } from './bench/stats';
import { measureThroughput, type ThroughputResult } from './bench/throughput';
import { BIN, run } from './processes';

// `npm run bench`: performance figures, printed beside their targets and written to BENCHMARKS.md.
// Figures, not tests: nothing here passes or fails.

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const PORT = Number(process.env.BENCH_PORT ?? 3900);

interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | undefined;
}

const rows: Row[] = [];
function report(figure: string, value: string, target: string, met?: boolean): void {
  rows.push({ figure, value, target, met });
  console.log(`${figure.padEnd(58)} ${value.padEnd(34)} target ${target}${met === undefined ? '' : met ? '  ✔' : '  ✘ missed'}`);
}

function reportOverhead(label: string, result: OverheadResult): void {
  report(`${label}: direct to the portal p50 / p99`, `${ms(result.direct.p50)} / ${ms(result.direct.p99)}`, '(reference)');
  report(`${label}: through the dashboard p50 / p99`, `${ms(result.dashboard.p50)} / ${ms(result.dashboard.p99)}`, '(measured)');
}

async function main(): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) await run(BIN('next'), ['build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const started = new Date();
  const emulator = await startEmulatorProcess();
  const dashboard = await startDashboard(PORT, emulator.portalUrl);
  try {
    const cookie = await signIn(dashboard.url);
    const common = { dashboardUrl: dashboard.url, cookie, portalUrl: emulator.portalUrl, controlUrl: emulator.controlUrl, requests: REQUESTS };

    console.log(`\nProxy overhead of GET /api/license, ${REQUESTS} requests each way, interleaved\n`);
    const realistic = await measureOverhead({ ...common, latencyMs: 50 });
    reportOverhead('portal with 50 ms latency', realistic);
    const ratio = realistic.dashboard.p50 / realistic.direct.p50;
    report('portal with 50 ms latency: dashboard p50 / direct p50', `${ratio.toFixed(3)}×`, '≤ 1.05×', ratio <= 1.05);
    const loopback = await measureOverhead({ ...common, latencyMs: 0 });
    reportOverhead('bare loopback', loopback);
    const added = loopback.dashboard.p50 - loopback.direct.p50;
    report('bare loopback: milliseconds the dashboard adds at p50', ms(added), '≤ 2 ms', added <= 2);

    console.log('\nThroughput of GET /api/license\n');
    const throughput: ThroughputResult = await measureThroughput(`${dashboard.url}/api/license`, cookie);
    report(
      `${throughput.connections} connections for ${throughput.seconds} s`,
      `${Math.round(throughput.requestsPerSecond)} req/s (p50 ${throughput.latencyP50} ms, p99 ${throughput.latencyP99} ms)`,
      '≥ 1,000 req/s',
      throughput.requestsPerSecond >= 1000,
    );
    report('errors and non-2xx answers during the run', `${throughput.errors} / ${throughput.non2xx}`, '0 / 0', throughput.errors + throughput.non2xx === 0);

    console.log('\nPage weight: first-load JavaScript per page, gzip\n');
    const weights: PageWeight[] = measurePageWeight();
    for (const weight of weights) {
      report(`${weight.route}`, `${(weight.gzipBytes / 1024).toFixed(1)} kB (${(weight.rawBytes / 1024).toFixed(0)} kB raw)`, '≤ 260 kB', weight.gzipBytes <= 260 * 1024);
    }
    const html = await (await fetch(`${dashboard.url}/`, { headers: { Cookie: cookie } })).text();
    const inHtml = html.includes('70 of 1,400') && html.includes('<table');
    report('overview figures and tables in the HTML before scripts run', inHtml ? 'yes' : 'no', 'yes', inHtml);
  } finally {
    dashboard.child.kill();
    emulator.child.kill();
  }
  await measureScale();
  writeReport(started);
}

/** A large organization: 50,000 members, 500 entitlements, 2,000 licenses offline. */
async function measureScale(): Promise<void> {
  console.log('\nScale: EMULATOR_SCALE=large (50,000 members, 500 entitlements, 2,000 offline licenses)\n');
  const emulator = await startEmulatorProcess({ EMULATOR_SCALE: 'large' });
  const dashboard = await startDashboard(PORT + 1, emulator.portalUrl);
  try {
    const cookie = await signIn(dashboard.url);
    for (const path of ['/', '/expirations', '/release']) {
      const render = await measureServerRender(dashboard.url, cookie, path);
      const target = path === '/' ? '< 100 ms p50' : '(measured)';
      report(
        `server render ${path}: first byte / whole HTML, p50`,
        `${ms(render.ttfbP50)} / ${ms(render.fullP50)} (${(render.bytes / 1024).toFixed(0)} kB)`,
        target,
        path === '/' ? render.fullP50 < 100 : undefined,
      );
    }
    for (const render of await measureBrowserRender(dashboard.url, cookie, ['/', '/expirations', '/release'])) {
      const freezes = render.path === '/release';
      report(
        `browser ${render.path}: drawn / longest main-thread task`,
        `${render.renderedMs} ms / ${render.longestTaskMs.toFixed(0)} ms`,
        freezes ? 'no task ≥ 200 ms (no freeze)' : '(measured)',
        freezes ? render.longestTaskMs < 200 : undefined,
      );
    }
    report('memory of the dashboard process after these runs (RSS)', `${(await residentMegabytes(dashboard.child.pid)).toFixed(0)} MB`, '(measured)');
  } finally {
    dashboard.child.kill();
    emulator.child.kill();
  }
}

function writeReport(started: Date): void {
  const cpu = cpus();
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); the latest run replaces this file. Figures, not tests.',
    '',
    `- Date: ${started.toISOString()}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
    `- Command: \`npm run bench\` (BENCH_REQUESTS=${REQUESTS})`,
    '- Setup: the production build (`next start`) and the emulator, each in its own process on this machine; the client in a third.',
    '',
    '| figure | value | target | met |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.figure} | ${r.value} | ${r.target} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`),
    '',
  ];
  writeFileSync('BENCHMARKS.md', lines.join('\n'));
  console.log('\nWrote BENCHMARKS.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
