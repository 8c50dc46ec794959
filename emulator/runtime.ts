import { createServer, type Server } from 'node:http';
import { federatedServerDeployments } from './federation';
import { FaultSchedule } from './faults';
import { listen, stop } from './listen';
import { oauthSettingsFrom, type OAuthSettings } from './oauth-app';
import { OAuthFlows } from './oauth-flows';
import { handlePortal } from './portal-handler';
import { applyTraits, type ProfileSelection, traitsOf } from './profiles/apply';
import { RequestLog } from './request-log';
import type { Deployment, EmulatorRuntime } from './router';
import { seedOrg } from './seed';
import { seedLargeOrg } from './seed-large';
import type { EmulatorOptions, ResolvedOptions } from './server';
import { TokenStore } from './tokens';

interface ResetOptions {
  keepTokens: boolean;
  scale?: EmulatorOptions['scale'];
  profiles?: ProfileSelection;
}

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
  /** The version each kind answers as; a reset without profiles returns to the options' (EMULATOR_PROFILE). */
  profiles: ProfileSelection;
  /** Added before every portal answer, in ms. */
  latencyMs: number;
  /** How long an operation that restarts the portal keeps it unreachable, in seconds. */
  restartSeconds: number;
  /** The demo OAuth app's redirect URIs and the OAuth token lifetimes. */
  oauth: OAuthSettings;
  private readonly tokenMinutes: number;
  private portalDown = false;
  private upTimer: NodeJS.Timeout | undefined;
  /** A restart an operation asked for, not begun yet: a reset cancels it. */
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly portalServer: Server;
  private portalPort = 0;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly host: string,
  ) {
    this.latencyMs = options.latencyMs ?? 0;
    this.restartSeconds = options.restartSeconds ?? 15;
    this.tokenMinutes = options.tokenMinutes ?? 60;
    this.profiles = options.profiles;
    this.oauth = oauthSettingsFrom(options);
    this.portalServer = createServer((req, res) => void handlePortal(this, req, res));
    this.portalServer.keepAliveTimeout = 65_000;
    this.reset({ keepTokens: false });
    this.addStartingFaults();
  }

  now(): number {
    return Date.now();
  }

  /** Starts serving the portal; resolves to its port. */
  async start(): Promise<number> {
    this.portalPort = await listen(this.portalServer, this.options.port ?? 0, this.host);
    return this.portalPort;
  }

  reset({ keepTokens, scale = this.options.scale, profiles = this.options.profiles }: ResetOptions): void {
    const now = this.now();
    const previous = new Map(this.deployments.map((d) => [d.context, d.tokens]));
    const tokensFor = (context: string) => (keepTokens ? previous.get(context) : undefined) ?? new TokenStore(this.tokenMinutes, this.tokenHistory);
    this.profiles = profiles;
    this.deployments = CONTEXTS.map(({ kind, context }) => {
      const traits = traitsOf(profiles[kind], kind);
      const org = scale === 'large' ? seedLargeOrg(kind, now) : seedOrg(kind, now);
      applyTraits(org, traits);
      return { kind, context, org, tokens: tokensFor(context), oauth: new OAuthFlows(), failedSignIns: new Map(), profile: profiles[kind], traits };
    });
    const portal = this.deployments.find((d) => d.kind === 'portal');
    if (portal) this.deployments.push(...federatedServerDeployments(portal, tokensFor));
  }

  findDeployment(context: string): Deployment | undefined {
    return this.deployments.find((d) => d.context === context);
  }

  /**
   * Back to the state it started in: seed data (of another scale or version profile if asked), settings
   * and faults from the options, portal up, empty log. The OAuth app's redirect URIs stay as they are:
   * they are the registration of the dashboard a test run started, not state a test changes.
   */
  async resetAll(options: ResetOptions): Promise<void> {
    clearTimeout(this.restartTimer);
    this.reset(options);
    this.latencyMs = this.options.latencyMs ?? 0;
    this.restartSeconds = this.options.restartSeconds ?? 15;
    this.oauth = { ...oauthSettingsFrom(this.options), redirectUris: this.oauth.redirectUris };
    this.log.clear();
    this.addStartingFaults();
    await this.portalUp();
  }

  /** The faults the run was started with: EMULATOR_FAULT's rule and EMULATOR_SCENARIOS' rules. */
  private addStartingFaults(): void {
    this.faults.clear();
    if (this.options.fault) this.faults.add(this.options.fault);
    for (const rule of this.options.scenarioFaults) this.faults.add(rule);
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
    this.restartTimer = setTimeout(() => {
      this.expireAllTokens();
      void this.portalDownFor(seconds);
    }, 50);
  }

  get isPortalDown(): boolean {
    return this.portalDown;
  }

  async close(): Promise<void> {
    clearTimeout(this.upTimer);
    clearTimeout(this.restartTimer);
    if (!this.portalDown) await stop(this.portalServer);
  }
}
