import type { ParsedRequest } from './http';
import { EmulatorError, type Deployment, type Route } from './router';
import { findMember } from './state';

/**
 * Token rules as the portal applies them: where the token may come from (the admin APIs take a
 * POST's token from its body only), whether it is valid for this Referer at `now` (epoch ms), and
 * whether the route needs an administrator. Returns the signed-in username (undefined where no
 * token is needed or given); throws the EmulatorError the portal would answer with (499, 498, 403).
 */
export function authenticate(route: Route, deployment: Deployment, req: ParsedRequest, now: number): string | undefined {
  if (route.auth === 'none') return undefined;
  const token = route.api === 'admin' && req.method === 'POST' ? req.body.get('token') : (req.body.get('token') ?? req.query.get('token'));
  if (!token && route.auth === 'optional') return undefined;
  if (!token && route.api === 'admin' && req.method === 'POST' && req.query.has('token')) {
    throw new EmulatorError(499, 'Token is required in the request body for POST requests.');
  }
  const referer = typeof req.headers.referer === 'string' ? req.headers.referer : undefined;
  const check = deployment.tokens.check(token ?? undefined, referer, now);
  if (!check.ok) {
    if (check.code === 499) {
      throw route.api === 'admin'
        ? new EmulatorError(499, "Unauthorized access. Token not found. You can generate a token using the 'generateToken' operation.")
        : new EmulatorError(499, 'Token Required');
    }
    throw new EmulatorError(498, 'Invalid token.');
  }
  if (route.auth === 'admin' && findMember(deployment.org, check.username)?.role !== 'org_admin') {
    throw new EmulatorError(403, 'You do not have permissions to access this resource or perform this operation.');
  }
  return check.username;
}
