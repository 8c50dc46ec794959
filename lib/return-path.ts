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
