// Security headers, defined once: next.config.ts sets the static ones on every response and the
// fixed policy on JSON routes and static files; proxy.ts sets the pages' policy with a fresh nonce
// per response, and the fixed policy on its own redirects (which next.config.ts's rules do not reach).

/** Headers every response carries, whatever it is. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** The policy of a response that loads nothing: JSON, static files, redirects. */
export const NOTHING_LOADS_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Pages: scripts only from this origin or carrying this response's nonce. Styles allow inline
 * attributes because the chart library positions SVG with style attributes; no third-party origin anywhere.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
