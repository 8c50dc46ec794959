import { NextResponse, type NextRequest } from 'next/server';
import { NOTHING_LOADS_POLICY, pageContentSecurityPolicy } from './lib/http/security-headers';
import { CURRENT_PORTAL_COOKIE, isSessionCookieName, PORTAL_HEADER, PORTAL_PARAM } from './lib/session-cookie';

// Runs before every page (not the API, whose headers are static in next.config.ts): sets the
// Content-Security-Policy with a fresh nonce, hands the page's `?portal=` to the server code as a
// header (layouts get no search parameters) and remembers it for links that do not carry it, and
// sends a browser without any session cookie straight to sign-in (an optimistic check: pages and
// routes still verify the session itself, since a cookie's presence proves nothing).

const PUBLIC_PAGES = ['/sign-in'];

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const portal = searchParams.get(PORTAL_PARAM);

  if (!PUBLIC_PAGES.includes(pathname) && !request.cookies.getAll().some((cookie) => isSessionCookieName(cookie.name))) {
    const target = new URL('/sign-in', request.url);
    if (portal) target.searchParams.set(PORTAL_PARAM, portal);
    if (pathname !== '/') target.searchParams.set('next', `${pathname}${search}`);
    const redirect = NextResponse.redirect(target);
    // A redirect loads nothing, but it is a response like any other: it carries a policy too.
    redirect.headers.set('Content-Security-Policy', NOTHING_LOADS_POLICY);
    return redirect;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  if (portal) requestHeaders.set(PORTAL_HEADER, portal);
  else requestHeaders.delete(PORTAL_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (portal && request.cookies.get(CURRENT_PORTAL_COOKIE)?.value !== portal) {
    response.cookies.set(CURRENT_PORTAL_COOKIE, portal, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: request.nextUrl.protocol === 'https:',
    });
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
