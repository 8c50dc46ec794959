/**
 * Where to go after signing in: only a path on this dashboard, never another site
 * ("//evil.example", "https://…", backslash tricks all fall back to the overview).
 */
export function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return '/';
  if (path.startsWith('/sign-in') || path.startsWith('/api/')) return '/';
  return path;
}

/** `path` on the portal with this id: its `portal` search parameter set (lib/session-cookie.ts PORTAL_PARAM), anything else kept. */
export function withPortalParam(path: string, portalId: string): string {
  const url = new URL(path, 'http://dashboard.invalid');
  url.searchParams.set('portal', portalId);
  return `${url.pathname}${url.search}${url.hash}`;
}
