import type { ServerResponse } from 'node:http';
import { escapeHtml } from './http';

// The portal's own pages of the OAuth flow: its sign-in form and the error page of a refused
// authorize request. Plain HTML forms, no script (the CSP says so), as a browser-less test can post them.

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // No script at all; no form-action either, since the sign-in's 302 goes on to the app's origin.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f4f4;margin:0;padding:3rem 1rem}
main{max-width:22rem;margin:0 auto;background:#fff;padding:2rem;border-radius:4px;box-shadow:0 1px 3px #0003}
label{display:block;margin:1rem 0 .25rem}input{width:100%;box-sizing:border-box;padding:.5rem}
.actions{display:flex;gap:.5rem;margin-top:1.5rem}button{padding:.5rem 1rem}[role=alert]{color:#a80000}`;

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { ...HEADERS, 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

export interface SignInPage {
  portalName: string;
  /** Where the form posts: <context>/sharing/rest/oauth2/signin. */
  action: string;
  oauthState: string;
  username?: string;
  error?: string;
}

/** The sign-in form; "Sign In" comes first so Enter submits it, "Cancel" posts `cancel` without validation. */
export function sendSignInPage(res: ServerResponse, page: SignInPage): void {
  const alert = page.error ? `<p role="alert">${escapeHtml(page.error)}</p>` : '';
  send(
    res,
    200,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign In - ${escapeHtml(page.portalName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><main><h1>Sign in to ${escapeHtml(page.portalName)}</h1>${alert}
<form method="post" action="${escapeHtml(page.action)}">
<input type="hidden" name="oauth_state" value="${escapeHtml(page.oauthState)}">
<label for="user_username">Username</label>
<input id="user_username" name="username" autocomplete="username" required value="${escapeHtml(page.username ?? '')}">
<label for="user_password">Password</label>
<input id="user_password" name="password" type="password" autocomplete="current-password" required>
<div class="actions"><button type="submit">Sign In</button><button type="submit" name="cancel" value="true" formnovalidate>Cancel</button></div>
</form></main></body></html>`,
  );
}

/**
 * What the portal shows instead of redirecting when it cannot trust the redirect: "ArcGIS Portal
 * Directory … Error … Invalid client_id … Error: 400" (research §1; HTTP status 400 assumed).
 */
export function sendOAuthErrorPage(res: ServerResponse, message: string): void {
  send(
    res,
    400,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ArcGIS Portal Directory</title><style>${STYLE}</style></head>
<body><main><h1>ArcGIS Portal Directory</h1><h2>Error</h2><p>Error: ${escapeHtml(message)}</p><p>Error: 400</p></main></body></html>`,
  );
}

/** 302 to the app: `redirect_uri` plus the parameters (after `&` when it already has a query). */
export function redirectToApp(res: ServerResponse, redirectUri: string, params: Record<string, string | undefined>): void {
  // %20, not +, for spaces: decoded alike by URLSearchParams and by decodeURIComponent-based parsers.
  const query = Object.entries(params)
    .flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${encodeURIComponent(value)}`]))
    .join('&');
  const location = `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${query}`;
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  res.end();
}
