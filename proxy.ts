import { NextResponse, type NextRequest } from 'next/server';
import { NOTHING_LOADS_POLICY, pageContentSecurityPolicy } from './lib/http/security-headers';
import { SESSION_COOKIE_NAME } from './lib/session-cookie';

// Runs before every page (not the API, whose headers are static in next.config.ts): sets the
// Content-Security-Policy with a fresh nonce, and sends a browser without
// a session cookie straight to sign-in (an optimistic check: pages and routes still verify the
// session itself, since a cookie's presence proves nothing).

const PUBLIC_PAGES = ['/sign-in'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (!PUBLIC_PAGES.includes(pathname) && !request.cookies.has(SESSION_COOKIE_NAME)) {
    const target = new URL('/sign-in', request.url);
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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
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
