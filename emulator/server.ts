import { createServer } from 'node:http';
import { controlHandler } from './control-api';
import type { FaultRule } from './faults';
import { listen, stop } from './listen';
import { Emulator } from './runtime';

export interface EmulatorOptions {
  host?: string;
  /** Port of the portal (0 picks a free one). */
  port?: number;
  /** Port of the test-control API (0 picks a free one). */
  controlPort?: number;
  /** Longest token lifetime granted, in minutes. */
  tokenMinutes?: number;
  /** Added before every portal answer, to behave like a portal across a network. */
  latencyMs?: number;
  /** How long the portal is unreachable after an operation that restarts it. */
  restartSeconds?: number;
  /** A fault for every matching request of the run (see faults.ts). */
  fault?: FaultRule;
  /** 'large': 50,000 members, 500 entitlements, 2,000 offline licenses (seed-large.ts). */
  scale?: 'demo' | 'large';
}

export interface RunningEmulator {
  /** Base deployment: http://host:port/portal */
  portalUrl: string;
  /** Enterprise on Kubernetes: http://host:port/arcgis */
  kubernetesUrl: string;
  controlUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the demo portal (both deployments on one port) and its test-control API (on another);
 * resolves once both listen, rejects when a port is taken.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const emulator = new Emulator(options, host);
  const port = await emulator.start();
  const control = createServer((req, res) => void controlHandler(emulator)(req, res));
  const controlPort = await listen(control, options.controlPort ?? 0, host);
  const origin = `http://${host}:${port}`;
  return {
    portalUrl: `${origin}/portal`,
    kubernetesUrl: `${origin}/arcgis`,
    controlUrl: `http://${host}:${controlPort}`,
    async close() {
      await emulator.close();
      await stop(control);
    },
  };
}
