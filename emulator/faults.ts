// Fault switches: ways a real portal, or what stands in front of it, misbehaves. Tests switch
// them on through the control API (or EMULATOR_FAULT for a whole run); each applies to requests
// whose method and path match, for a number of requests or until cleared. apply-fault.ts acts them out.

import { z } from 'zod';

const FAULT_KINDS = [
  /** Answers after a delay (default 5 s). */
  'slow',
  /** HTTP 500 with the application server's HTML error page. */
  'http-500',
  /** HTTP 502 with the web adaptor's HTML page, as when the portal behind it is down. */
  'bad-gateway-html',
  /** HTTP 200, JSON content type, a body cut off half-way. */
  'malformed-json',
  /** HTTP 200 with an admin-shape error body. */
  'admin-error',
  /** Every token is revoked, then the request is answered as usual (so with 498). */
  'revoke-tokens',
  /** The connection is dropped without an answer and the portal is down for a while: a restart mid-request. */
  'restart',
  /** HTTP 200 with the rule's `body`: a portal of another version, with other fields and ids; with `contentType`, the body (a string) is sent as it is (a web adaptor's HTML page). */
  'answer',
  /** HTTP 200, text/html, the rule's `body` (a string): a web adaptor's page where JSON was due. */
  'html',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** Regular expression matched against "<METHOD> <context><path>", e.g. "POST /portal/portaladmin/license/releaseLicense". */
  match: string;
  /** How many matching requests it applies to; undefined = until cleared. */
  times?: number;
  /** slow: the delay; restart: how long the portal stays down. */
  ms?: number;
  /** answer: the JSON body to send; html: the page. */
  body?: unknown;
  /** answer: send `body` (a string) as it is, with this Content-Type, instead of as JSON. */
  contentType?: string;
}

/** A fault rule from outside (control API body, EMULATOR_FAULT); unknown fields are dropped. */
export const FaultRuleSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  match: z.string(),
  times: z.number().optional(),
  ms: z.number().optional(),
  body: z.unknown().optional(),
  contentType: z.string().optional(),
}) satisfies z.ZodType<FaultRule>;

export class FaultSchedule {
  private rules: (FaultRule & { pattern: RegExp })[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, pattern: new RegExp(rule.match) });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ kind, match, times, ms, body, contentType }) => ({ kind, match, times, ms, body, contentType }));
  }

  /** The fault for this request, if any, counting it against the rule's budget. */
  take(method: string, fullPath: string): FaultRule | undefined {
    const key = `${method} ${fullPath}`;
    const index = this.rules.findIndex((rule) => rule.pattern.test(key));
    const rule = this.rules[index];
    if (!rule) return undefined;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) this.rules.splice(index, 1);
    }
    return rule;
  }
}

/** "slow" or "slow:/portaladmin" from EMULATOR_FAULT: a fault for the whole run. */
export function faultFromEnv(value: string | undefined): FaultRule | undefined {
  if (!value) return undefined;
  const [kind, match = '.*'] = value.split(':');
  return FaultRuleSchema.parse({ kind, match });
}

export const HTML_500 =
  '<!DOCTYPE html><html><head><title>HTTP Status 500 – Internal Server Error</title></head><body><h1>HTTP Status 500 – Internal Server Error</h1></body></html>';

export const HTML_502 =
  '<!DOCTYPE html><html><head><title>502 - Web server received an invalid response while acting as a gateway or proxy server.</title></head><body><h2>502 - Web server received an invalid response while acting as a gateway or proxy server.</h2></body></html>';

export const MALFORMED_JSON = '{"currentRegisteredMembers":70,"maximumRegisteredMembers":1400,"userTypes":[{"id":"creat';

export const ADMIN_ERROR_BODY = {
  status: 'error',
  messages: ['An internal error occurred. Please contact your administrator.'],
  code: 500,
};
