import { readErrorBody } from './error-body';
import { ArcGISError } from './errors';
import { pageWords } from './page-words';
import { redactToken, redactUrl } from './redact';
import type { TransportResponse } from './transport';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * What a portal's answer means: the parsed JSON of a success, or an ArcGISError — portal (an
 * ArcGIS error body, whatever the HTTP status), http (a redirect, or an error status without
 * one), invalid-response (not JSON; with `page` when it was a page, text or empty rather than broken JSON). `safeUrl` is the redacted URL errors carry; `token` is
 * redacted from any message the portal echoes.
 */
export function readAnswer(response: TransportResponse, safeUrl: string, token: string | undefined): unknown {
  const { text } = response;
  const ok = response.status >= 200 && response.status < 300;
  const body = parseJson(text);
  const errorBody = readErrorBody(body);
  if (errorBody) {
    throw new ArcGISError({
      kind: 'portal',
      url: safeUrl,
      code: errorBody.code ?? (ok ? undefined : response.status),
      httpStatus: response.status,
      messages: errorBody.messages.map((m) => redactToken(m, token)),
    });
  }

  if (response.status >= 300 && response.status < 400) {
    const location = response.header('location');
    throw new ArcGISError({
      kind: 'http',
      url: safeUrl,
      httpStatus: response.status,
      messages: [`The portal redirected the request${location ? ` to ${redactUrl(location)}` : ''}; configure the portal URL it redirects to.`],
    });
  }

  if (!ok) {
    const words = pageWords(redactToken(text, token), response.header('content-type'));
    throw new ArcGISError({
      kind: 'http',
      url: safeUrl,
      httpStatus: response.status,
      messages: [`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${words ? `: ${words}` : ''}`],
    });
  }

  if (body === undefined) {
    const contentType = response.header('content-type');
    // JSON that does not parse is a cut-off or garbled answer from the portal itself; anything else
    // (a page, text, nothing) came from what stands in front of it.
    if (/json/i.test(contentType ?? '') && text.trim() !== '') {
      throw new ArcGISError({
        kind: 'invalid-response',
        url: safeUrl,
        httpStatus: response.status,
        messages: [`The portal answered with something other than JSON (${contentType}): the answer is not valid JSON.`],
      });
    }
    const words = pageWords(redactToken(text, token), contentType);
    const what = words ? `"${words}"` : 'an empty answer';
    throw new ArcGISError({
      kind: 'invalid-response',
      url: safeUrl,
      httpStatus: response.status,
      page: { ...(contentType ? { contentType } : {}), words },
      messages: [`The portal answered with something other than JSON (${contentType ?? 'no content type'}): ${what}.`],
    });
  }

  return body;
}
