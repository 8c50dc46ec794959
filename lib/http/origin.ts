/**
 * A mutating request must come from a page of this dashboard: its Origin header must name the
 * host the request was sent to. Browsers always send Origin on cross-site and on POST requests,
 * and a cross-site page cannot forge it, so this stops cross-site request forgery.
 * A missing Origin is refused too: a browser form on another site sends one, and scripts that
 * call the API on purpose can add it.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!origin || !host || origin === 'null') return false;
  try {
    return new URL(origin).host === host.split(',')[0]?.trim();
  } catch {
    return false;
  }
}

/** Whether the browser reached the dashboard over HTTPS (directly or through a TLS-terminating proxy). */
export function isHttpsRequest(url: string, headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  if (forwarded) return forwarded === 'https';
  return url.startsWith('https:');
}
