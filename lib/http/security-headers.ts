// The pages' Content-Security-Policy, set by proxy.ts with a fresh nonce per response. The static
// headers (and the fixed policy of JSON routes and static files) are in next.config.js.

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
