import { createServer, type Server } from 'node:http';
import { federatedServerDeployments } from './federation';
import { FaultSchedule } from './faults';
import { listen, stop } from './listen';
import { handlePortal } from './portal-handler';
import { RequestLog } from './request-log';
import type { Deployment, EmulatorRuntime } from './router';
import { seedOrg } from './seed';
import { seedLargeOrg } from './seed-large';
import type { EmulatorOptions } from './server';
import { TokenStore } from './tokens';

const CONTEXTS = [
  { kind: 'portal', context: '/portal' },
  { kind: 'kubernetes', context: '/arcgis' },
] as const;

/**
 * The running emulator's state: its deployments (seeded orgs and tokens), its settings (latency,
 * restart length), the request log and fault schedule, and whether the portal port is up. The
 * portal's requests are answered by portal-handler.ts, the test-control API by control-api.ts.
 */
export class Emulator implements EmulatorRuntime {
  readonly log = new RequestLog();
  readonly faults = new FaultSchedule();
  /** Every token ever issued, across resets, for the tests that look for leaks. */
  readonly tokenHistory = new Set<string>();
  deployments: Deployment[] = [];
  /** Added before every portal answer, in ms. */
  latencyMs: number;
  /** How long an operation that restarts the portal keeps it unreachable, in seconds. */
  restartSeconds: number;
  private readonly tokenMinutes: number;
  private portalDown = false;
  private upTimer: NodeJS.Timeout | undefined;
  private readonly portalServer: Server;
  private portalPort = 0;

  constructor(
    private readonly options: EmulatorOptions,
    private readonly host: string,
  ) {
    this.latencyMs = options.latencyMs ?? 0;
    this.restartSeconds = options.restartSeconds ?? 15;
    this.tokenMinutes = options.tokenMinutes ?? 60;
    this.portalServer = createServer((req, res) => void handlePortal(this, req, res));
    this.portalServer.keepAliveTimeout = 65_000;
    this.reset({ keepTokens: false });
    if (options.fault) this.faults.add(options.fault);
  }

  now(): number {
    return Date.now();
  }

  /** Starts serving the portal; resolves to its port. */
  async start(): Promise<number> {
    this.portalPort = await listen(this.portalServer, this.options.port ?? 0, this.host);
    return this.portalPort;
  }

  reset({ keepTokens, scale = this.options.scale }: { keepTokens: boolean; scale?: EmulatorOptions['scale'] }): void {
    const now = this.now();
    const previous = new Map(this.deployments.map((d) => [d.context, d.tokens]));
    const tokensFor = (context: string) => (keepTokens ? previous.get(context) : undefined) ?? new TokenStore(this.tokenMinutes, this.tokenHistory);
    this.deployments = CONTEXTS.map(({ kind, context }) => ({
      kind,
      context,
      org: scale === 'large' ? seedLargeOrg(kind, now) : seedOrg(kind, now),
      tokens: tokensFor(context),
      failedSignIns: new Map(),
    }));
    const portal = this.deployments.find((d) => d.kind === 'portal');
    if (portal) this.deployments.push(...federatedServerDeployments(portal, tokensFor));
  }

  findDeployment(context: string): Deployment | undefined {
    return this.deployments.find((d) => d.context === context);
  }

  /** Back to the state it started in: seed data (of another scale if asked), settings from the options, portal up, empty log. */
  async resetAll(options: { keepTokens: boolean; scale?: EmulatorOptions['scale'] }): Promise<void> {
    this.reset(options);
    this.latencyMs = this.options.latencyMs ?? 0;
    this.restartSeconds = this.options.restartSeconds ?? 15;
    this.log.clear();
    this.faults.clear();
    if (this.options.fault) this.faults.add(this.options.fault);
    await this.portalUp();
  }

  /** Every token of every deployment stops working, as after a portal restart. */
  expireAllTokens(): void {
    for (const deployment of this.deployments) deployment.tokens.expireAll();
  }

  /** Unreachable (connection refused) until `portalUp`, or for `seconds` when given. */
  async portalDownFor(seconds?: number): Promise<void> {
    clearTimeout(this.upTimer);
    if (!this.portalDown) {
      this.portalDown = true;
      await stop(this.portalServer);
    }
    if (seconds !== undefined) this.upTimer = setTimeout(() => void this.portalUp(), seconds * 1000);
  }

  async portalUp(): Promise<void> {
    clearTimeout(this.upTimer);
    if (!this.portalDown) return;
    await listen(this.portalServer, this.portalPort, this.host);
    this.portalDown = false;
  }

  restartPortal(seconds: number): void {
    // The answer to the request that caused the restart goes out first, as on a real portal.
    setTimeout(() => {
      this.expireAllTokens();
      void this.portalDownFor(seconds);
    }, 50);
  }

  get isPortalDown(): boolean {
    return this.portalDown;
  }

  async close(): Promise<void> {
    clearTimeout(this.upTimer);
    if (!this.portalDown) await stop(this.portalServer);
  }
}
