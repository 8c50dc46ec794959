import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BodyTooLargeError,
  directoryPage,
  notFoundPage,
  parseRequest,
  sendArcGISError,
  sendHtml,
  sendJson,
  type ParsedRequest,
} from './http';
import { federatedServerDeployments } from './federation';
import { ADMIN_ERROR_BODY, FaultSchedule, HTML_500, HTML_502, MALFORMED_JSON, type FaultRule } from './faults';
import { RequestLog } from './request-log';
import { EmulatorError, type Deployment, type EmulatorRuntime, type Route } from './router';
import { routes } from './routes';
import { seedOrg } from './seed';
import { seedLargeOrg } from './seed-large';
import { findMember } from './state';
import { TokenStore } from './tokens';

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

const CONTEXTS = [
  { kind: 'portal', context: '/portal' },
  { kind: 'kubernetes', context: '/arcgis' },
] as const;

const JSON_FORMATS = new Set(['json', 'pjson']);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would otherwise go on being served: a stopped portal refuses everything.
    server.closeAllConnections();
  });
}

class Emulator implements EmulatorRuntime {
  readonly log = new RequestLog();
  readonly faults = new FaultSchedule();
  readonly tokenHistory = new Set<string>();
  deployments: Deployment[] = [];
  latencyMs: number;
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
    this.portalServer = createServer((req, res) => void this.handlePortal(req, res));
    this.portalServer.keepAliveTimeout = 65_000;
    this.reset({ keepTokens: false });
    if (options.fault) this.faults.add(options.fault);
  }

  now(): number {
    return Date.now();
  }

  async start(): Promise<number> {
    this.portalPort = await listen(this.portalServer, this.options.port ?? 0, this.host);
    return this.portalPort;
  }

  reset({ keepTokens, scale = this.options.scale }: { keepTokens: boolean; scale?: EmulatorOptions['scale'] }): void {
    const now = this.now();
    const previous = new Map(this.deployments.map((d) => [d.context, d.tokens]));
    const tokensFor = (context: string) =>
      (keepTokens ? previous.get(context) : undefined) ?? new TokenStore(this.tokenMinutes, this.tokenHistory);
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
      for (const deployment of this.deployments) deployment.tokens.expireAll();
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

  private async handlePortal(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (this.latencyMs > 0) await sleep(this.latencyMs);
      const url = new URL(req.url ?? '/', 'http://emulator.invalid');
      const deployment = this.deployments.find(
        (d) => url.pathname === d.context || url.pathname.startsWith(`${d.context}/`),
      );
      if (!deployment) return notFoundPage(res, url.pathname);
      const path = url.pathname.slice(deployment.context.length) || '/';
      let parsed: ParsedRequest;
      try {
        parsed = await parseRequest(req, path, url.searchParams);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJson(res, { error: { code: 413, message: 'Request too large.' } }, 413);
        throw error;
      }
      this.log.record(deployment.context, parsed, this.now());
      const fault = this.faults.take(parsed.method, url.pathname);
      if (fault && (await this.applyFault(fault, req, res))) return;
      const match = findRoute(deployment, path);
      if (!match) return notFoundPage(res, url.pathname);
      await this.dispatch(match.route, match.captures, deployment, parsed, res);
    } catch (error) {
      console.error('[emulator]', error);
      if (!res.headersSent) sendJson(res, { error: { code: 500, message: 'Internal emulator error.' } }, 500);
    }
  }

  /** Misbehaves as the fault says; true when the request has been answered (or dropped) by it. */
  private async applyFault(fault: FaultRule, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    switch (fault.kind) {
      case 'slow':
        await sleep(fault.ms ?? 5_000);
        return false;
      case 'revoke-tokens':
        for (const deployment of this.deployments) deployment.tokens.expireAll();
        return false;
      case 'http-500':
        sendHtml(res, HTML_500, 500);
        return true;
      case 'bad-gateway-html':
        sendHtml(res, HTML_502, 502);
        return true;
      case 'malformed-json':
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(MALFORMED_JSON);
        return true;
      case 'admin-error':
        sendJson(res, ADMIN_ERROR_BODY);
        return true;
      case 'answer':
        sendJson(res, fault.body ?? {});
        return true;
      case 'restart':
        req.socket.destroy();
        for (const deployment of this.deployments) deployment.tokens.expireAll();
        void this.portalDownFor((fault.ms ?? this.restartSeconds * 1000) / 1000);
        return true;
    }
  }

  private async dispatch(
    route: Route,
    match: RegExpExecArray,
    deployment: Deployment,
    req: ParsedRequest,
    res: ServerResponse,
  ): Promise<void> {
    const wantsJson = JSON_FORMATS.has(req.param('f') ?? 'html');
    try {
      if (route.method !== 'GET_POST' && route.method !== req.method) {
        throw new EmulatorError(405, `Method ${req.method} is not supported by this operation; use ${route.method}.`);
      }
      const username = this.authenticate(route, deployment, req);
      const body = await route.handle({ req, res, deployment, runtime: this, username, match });
      if (res.headersSent) return;
      if (wantsJson) sendJson(res, body);
      else directoryPage(res, route.title, body);
    } catch (error) {
      if (!(error instanceof EmulatorError)) throw error;
      sendArcGISError(res, route.api, error.code, error.message, error.details);
    }
  }

  /** Token rules as the portal applies them; throws the error the portal would answer with. */
  private authenticate(route: Route, deployment: Deployment, req: ParsedRequest): string | undefined {
    if (route.auth === 'none') return undefined;
    // The admin APIs take a POST's token from its body only.
    const token =
      route.api === 'admin' && req.method === 'POST' ? req.body.get('token') : (req.body.get('token') ?? req.query.get('token'));
    if (!token && route.auth === 'optional') return undefined;
    if (!token && route.api === 'admin' && req.method === 'POST' && req.query.has('token')) {
      throw new EmulatorError(499, 'Token is required in the request body for POST requests.');
    }
    const referer = typeof req.headers.referer === 'string' ? req.headers.referer : undefined;
    const check = deployment.tokens.check(token ?? undefined, referer, this.now());
    if (!check.ok) {
      if (check.code === 499) {
        throw route.api === 'admin'
          ? new EmulatorError(499, "Unauthorized access. Token not found. You can generate a token using the 'generateToken' operation.")
          : new EmulatorError(499, 'Token Required');
      }
      throw new EmulatorError(498, 'Invalid token.');
    }
    if (route.auth === 'admin' && findMember(deployment.org, check.username)?.role !== 'org_admin') {
      throw new EmulatorError(403, 'You do not have permissions to access this resource or perform this operation.');
    }
    return check.username;
  }
}

function findRoute(deployment: Deployment, path: string): { route: Route; captures: RegExpExecArray } | undefined {
  for (const route of routes) {
    if (!route.kinds.includes(deployment.kind)) continue;
    const captures = route.pattern.exec(path);
    if (captures) return { route, captures };
  }
  return undefined;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The test-control API, on its own port so it answers while the portal is "down". */
function controlHandler(emulator: Emulator) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://control.invalid');
      const body = req.method === 'POST' ? await readJson(req) : {};
      const key = `${req.method} ${url.pathname}`;
      switch (key) {
        case 'GET /health':
          return sendJson(res, { ok: true });
        case 'GET /state':
          return sendJson(res, {
            portalDown: emulator.isPortalDown,
            latencyMs: emulator.latencyMs,
            deployments: emulator.deployments.map((d) => ({
              context: d.context,
              kind: d.kind,
              members: d.org.members.length,
              tokens: d.tokens.count(),
              licenseManager: d.org.licenseManager,
            })),
          });
        case 'POST /reset':
          await emulator.resetAll({
            keepTokens: body.keepTokens === true,
            scale: body.scale === 'large' || body.scale === 'demo' ? body.scale : undefined,
          });
          return sendJson(res, { ok: true });
        case 'GET /tokens':
          return sendJson(res, {
            tokens: url.searchParams.has('all') ? [...emulator.tokenHistory] : emulator.deployments.flatMap((d) => d.tokens.list()),
          });
        case 'POST /tokens/expire':
          for (const d of emulator.deployments) d.tokens.expireAll();
          return sendJson(res, { ok: true });
        case 'POST /latency':
          emulator.latencyMs = Number(body.ms ?? 0);
          return sendJson(res, { ok: true, latencyMs: emulator.latencyMs });
        case 'POST /restart-seconds':
          emulator.restartSeconds = Number(body.seconds ?? 15);
          return sendJson(res, { ok: true, restartSeconds: emulator.restartSeconds });
        case 'POST /portal/down':
          await emulator.portalDownFor(typeof body.seconds === 'number' ? body.seconds : undefined);
          return sendJson(res, { ok: true });
        case 'POST /portal/up':
          await emulator.portalUp();
          return sendJson(res, { ok: true });
        case 'POST /faults':
          emulator.faults.add(body as unknown as FaultRule);
          return sendJson(res, { ok: true, faults: emulator.faults.list() });
        case 'POST /faults/clear':
          emulator.faults.clear();
          return sendJson(res, { ok: true });
        case 'GET /faults':
          return sendJson(res, { faults: emulator.faults.list() });
        case 'GET /log':
          return sendJson(res, { lastSeq: emulator.log.lastSeq, entries: emulator.log.since(Number(url.searchParams.get('since') ?? 0)) });
        default:
          return sendJson(res, { error: `No control operation ${key}` }, 404);
      }
    } catch (error) {
      sendJson(res, { error: error instanceof Error ? error.message : String(error) }, 400);
    }
  };
}

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
