/** What an ArcGIS error body says: its code when it has one, and at least one message. */
export interface ErrorBody {
  code?: number;
  messages: string[];
}

const NO_MESSAGE = 'The portal reported an error without a message.';

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return typeof value === 'string' && value.length > 0 ? [value] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Both ArcGIS error shapes: the sharing API's {"error":{code,message,details}} and the admin
 * APIs' {"status":"error","messages":[…],"code"?}. Returns undefined for a success body.
 */
export function readErrorBody(body: unknown): ErrorBody | undefined {
  if (!isObject(body) || Array.isArray(body)) return undefined;
  const sharing = body.error;
  if (isObject(sharing)) {
    const messages = [...asStrings(sharing.message), ...asStrings(sharing.details)];
    return {
      code: typeof sharing.code === 'number' ? sharing.code : undefined,
      messages: messages.length > 0 ? messages : [NO_MESSAGE],
    };
  }
  if (body.status === 'error') {
    const messages = asStrings(body.messages);
    return {
      code: typeof body.code === 'number' ? body.code : undefined,
      messages: messages.length > 0 ? messages : [NO_MESSAGE],
    };
  }
  return undefined;
}
