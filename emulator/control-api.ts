import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { FaultRuleSchema } from './faults';
import { sendJson } from './http';
import { selectProfiles } from './profiles/apply';
import type { Emulator } from './runtime';
import { DEMO_OAUTH_APP } from './seed';
import { SCENARIOS, scenarioFaults } from './scenarios';

/** A scenario switch: POST /faults {"kind":"scenario","name"} (scenarios/index.ts). */
const ScenarioSwitchSchema = z.object({ kind: z.literal('scenario'), name: z.string() });
/** `profile` of POST /reset: one name or several (one per deployment kind); absent = the run's own. */
const ProfileNamesSchema = z.union([z.string().transform((name) => [name]), z.array(z.string())]).optional();

/** POST /seats: an entitlement's seat count in every deployment's license, so a test can fill it up. */
const SeatsSchema = z.object({ category: z.enum(['userTypes', 'apps']), id: z.string(), seats: z.number().int().nonnegative() });

/** POST /oauth/redirect-uris: the demo app's registration replaced (a dashboard started on another port). */
const RedirectUrisSchema = z.object({ redirectUris: z.array(z.url()).min(1) });
/** POST /oauth/lifetimes: OAuth token lifetimes in seconds; refreshSeconds null lifts the cap. Absent fields keep their value. */
const LifetimesSchema = z.object({
  accessSeconds: z.number().positive().optional(),
  refreshSeconds: z.number().positive().nullable().optional(),
});

/** A control request's JSON body; anything but an object reads as no fields at all. */
const ControlBodySchema = z.record(z.string(), z.unknown()).catch({});

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? ControlBodySchema.parse(JSON.parse(text)) : {};
}

/** The demo OAuth app as registered now, and the lifetimes it is granted. */
function oauthState(emulator: Emulator) {
  const { redirectUris, accessSeconds, refreshSeconds } = emulator.oauth;
  return { clientId: DEMO_OAUTH_APP.clientId, redirectUris, accessSeconds, refreshSeconds: refreshSeconds ?? null };
}

/**
 * The test-control API (e2e/support/emulator.ts is its client), on its own port so it answers
 * while the portal is "down". JSON in and out; an unknown operation is a 404, a bad body a 400
 * with the reason.
 */
export function controlHandler(emulator: Emulator) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://control.invalid');
      const body = req.method === 'POST' ? await readBody(req) : {};
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
              profile: d.profile,
              version: d.traits.version,
            })),
          });
        case 'POST /reset': {
          const profileNames = ProfileNamesSchema.parse(body.profile);
          await emulator.resetAll({
            keepTokens: body.keepTokens === true,
            scale: body.scale === 'large' || body.scale === 'demo' ? body.scale : undefined,
            ...(profileNames ? { profiles: selectProfiles(profileNames) } : {}),
          });
          return sendJson(res, { ok: true, profiles: emulator.profiles });
        }
        case 'POST /seats': {
          const { category, id, seats } = SeatsSchema.parse(body);
          const entries = emulator.deployments.flatMap((d) => d.org.license[category].filter((e) => e.id === id));
          if (entries.length === 0) return sendJson(res, { error: `No ${category} entry '${id}'.` }, 404);
          for (const entry of entries) entry.maximumRegisteredMembers = seats;
          return sendJson(res, { ok: true, updated: entries.length });
        }
        case 'GET /tokens':
          return sendJson(res, {
            tokens: url.searchParams.has('all') ? [...emulator.tokenHistory] : emulator.deployments.flatMap((d) => d.tokens.list()),
          });
        case 'POST /tokens/expire':
          emulator.expireAllTokens();
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
        case 'POST /faults': {
          const scenario = ScenarioSwitchSchema.safeParse(body);
          const rules = scenario.success ? scenarioFaults([scenario.data.name]) : [FaultRuleSchema.parse(body)];
          for (const rule of rules) emulator.faults.add(rule);
          return sendJson(res, { ok: true, faults: emulator.faults.list() });
        }
        case 'GET /scenarios':
          return sendJson(res, {
            scenarios: Object.entries(SCENARIOS).map(([name, { item, description }]) => ({ name, item, description })),
          });
        case 'POST /faults/clear':
          emulator.faults.clear();
          return sendJson(res, { ok: true });
        case 'GET /faults':
          return sendJson(res, { faults: emulator.faults.list() });
        case 'GET /oauth':
          return sendJson(res, oauthState(emulator));
        case 'POST /oauth/redirect-uris':
          emulator.oauth.redirectUris = RedirectUrisSchema.parse(body).redirectUris;
          return sendJson(res, oauthState(emulator));
        case 'POST /oauth/lifetimes': {
          const { accessSeconds, refreshSeconds } = LifetimesSchema.parse(body);
          if (accessSeconds !== undefined) emulator.oauth.accessSeconds = accessSeconds;
          if (refreshSeconds !== undefined) emulator.oauth.refreshSeconds = refreshSeconds ?? undefined;
          return sendJson(res, oauthState(emulator));
        }
        case 'GET /log':
          return sendJson(res, { lastSeq: emulator.log.lastSeq, entries: emulator.log.since(Number(url.searchParams.get('since') ?? 0)) });
        default:
          return sendJson(res, { error: `No control operation ${key}` }, 404);
      }
    } catch (error) {
      const reason = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
      sendJson(res, { error: reason }, 400);
    }
  };
}
