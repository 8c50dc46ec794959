import { createServer } from 'node:http';
import { controlHandler } from './control-api';
import type { FaultRule } from './faults';
import { listen, stop } from './listen';
import type { OAuthOptions } from './oauth-app';
import { selectProfiles, type ProfileSelection } from './profiles/apply';
import { Emulator } from './runtime';
import { scenarioFaults } from './scenarios';

/** "a,b" or ["a", "b"] → ["a", "b"]. */
function names(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? value.split(',') : [...value];
}

export interface EmulatorOptions extends OAuthOptions {
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
  /** Version profiles (profiles/table.ts), e.g. "portal-10.9.1,kubernetes-11.0"; unnamed kinds stay at the default. */
  profile?: string | readonly string[];
  /** Named scenarios (scenarios/index.ts) switched on for the whole run, e.g. "seven-of-five". */
  scenarios?: string | readonly string[];
}

/** The options with profile and scenario names looked up (an unknown name is refused at start). */
export type ResolvedOptions = Omit<EmulatorOptions, 'profile' | 'scenarios'> & { profiles: ProfileSelection; scenarioFaults: FaultRule[] };

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
  const { profile, scenarios, ...rest } = options;
  const emulator = new Emulator({ ...rest, profiles: selectProfiles(names(profile)), scenarioFaults: scenarioFaults(names(scenarios)) }, host);
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
