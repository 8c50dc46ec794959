/** The URL as it may appear in errors and logs: no token, no query string secrets. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.searchParams.delete('token');
    parsed.searchParams.delete('password');
    return parsed.toString();
  } catch {
    return url.replace(/([?&](token|password)=)[^&]*/gi, '$1[redacted]');
  }
}

/** text with every occurrence of the token replaced, for messages a portal may echo it in. */
export function redactToken(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[redacted]') : text;
}
