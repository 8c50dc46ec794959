import type { ParsedRequest } from './http';

export interface LoggedRequest {
  seq: number;
  at: number;
  context: string;
  method: string;
  path: string;
  /** Parameters from the query and body; secrets replaced by a marker. */
  params: Record<string, string>;
  /** Whether the token came in the body, the query, or not at all. */
  tokenIn: 'body' | 'query' | 'none';
  files: { field: string; name: string; size: number }[];
}

/** Never logged in clear: passwords, tokens of every kind, and the OAuth flow's secrets (code, verifier, app secret). */
const SECRET_PARAMS = new Set(['token', 'password', 'code', 'code_verifier', 'client_secret', 'refresh_token', 'auth_token', 'access_token']);
const MAX_ENTRIES = 5_000;

/** What reached the emulator, so tests can prove what the dashboard sent (and did not send). */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  record(context: string, req: ParsedRequest, at: number): void {
    const params: Record<string, string> = {};
    for (const source of [req.query, req.body]) {
      for (const [key, value] of source) params[key] = SECRET_PARAMS.has(key) ? `[${key}]` : value;
    }
    this.seq += 1;
    this.entries.push({
      seq: this.seq,
      at,
      context,
      method: req.method,
      path: req.path,
      params,
      tokenIn: req.body.has('token') ? 'body' : req.query.has('token') ? 'query' : 'none',
      files: [...req.files.entries()].map(([field, file]) => ({ field, name: file.name, size: file.bytes.length })),
    });
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  since(seq: number): LoggedRequest[] {
    return this.entries.filter((e) => e.seq > seq);
  }

  get lastSeq(): number {
    return this.seq;
  }

  clear(): void {
    this.entries = [];
  }
}
