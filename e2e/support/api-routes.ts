import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Every route handler the dashboard has, read from app/api/**/route.ts, so security tests cover a
// route added tomorrow without anyone remembering to list it.

export interface ApiRoute {
  /** URL path with dynamic segments filled in, e.g. /api/license */
  path: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  file: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const ROOT = join(process.cwd(), 'app', 'api');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

export function apiRoutes(): ApiRoute[] {
  return routeFiles(ROOT).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const segments = relative(ROOT, file).split(sep).slice(0, -1);
    // A dynamic segment gets a harmless value; the checks under test run before it is read.
    const path = `/api/${segments.map((s) => (s.startsWith('[') ? 'sample' : s)).join('/')}`.replace(/\/$/, '');
    return METHODS.filter((method) => new RegExp(`export const ${method}\\b|export async function ${method}\\b`).test(source)).map((method) => ({
      path,
      method,
      file: relative(process.cwd(), file),
    }));
  });
}

export const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The browser's way in, before any session: signing in (JSON). */
export const PUBLIC_ROUTES = new Set(['POST /api/session']);

/**
 * Navigations of the OAuth sign-in (issue 15), which answer with redirects rather than JSON: to the
 * portal, or back to sign-in with the reason. They need no session; none changes the portal.
 */
export const SIGN_IN_NAVIGATIONS = new Set(['GET /api/session/oauth/start', 'GET /api/session/oauth/callback', 'GET /api/session/refresh']);
