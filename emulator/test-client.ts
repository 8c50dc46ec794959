import { DEMO_ADMIN } from './seed';
import { startEmulator, type EmulatorOptions } from './server';

// For the emulator's own unit tests: a running emulator on free ports, an admin token per context,
// and GET/POST as the dashboard sends them (f=json, the token in a POST's body).

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json(): Record<string, unknown>;
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    json: () => JSON.parse(text) as Record<string, unknown>,
  };
}

export async function startTestEmulator(options: EmulatorOptions = {}) {
  const running = await startEmulator({ ...options, port: 0, controlPort: 0 });
  const origin = new URL(running.portalUrl).origin;
  const tokens = new Map<string, string>();

  async function tokenFor(context: string): Promise<string> {
    const known = tokens.get(context);
    if (known) return known;
    const body = new URLSearchParams({ ...DEMO_ADMIN, f: 'json' });
    const answer = (await (await fetch(`${origin}${context}/sharing/rest/generateToken`, { method: 'POST', body })).json()) as { token: string };
    tokens.set(context, answer.token);
    return answer.token;
  }

  return {
    /** http://127.0.0.1:<port>, where both contexts are served. */
    origin,
    /** GET <context><path>?f=json&token=… */
    async get(context: string, path: string, params: Record<string, string> = {}): Promise<Answer> {
      const query = new URLSearchParams({ ...params, f: 'json', token: await tokenFor(context) });
      return answerOf(await fetch(`${origin}${context}${path}?${query}`));
    },
    /** POST <context><path> with f=json and the token in the body. */
    async post(context: string, path: string, params: Record<string, string> = {}): Promise<Answer> {
      const body = new URLSearchParams({ ...params, f: 'json', token: await tokenFor(context) });
      return answerOf(await fetch(`${origin}${context}${path}`, { method: 'POST', body }));
    },
    /** The test-control API; a reset forgets the tokens this client holds. */
    async control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
      if (path === '/reset') tokens.clear();
      const init = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
      return answerOf(await fetch(`${running.controlUrl}${path}`, init));
    },
    close: () => running.close(),
  };
}
