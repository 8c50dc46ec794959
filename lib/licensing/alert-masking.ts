// Secrets are shown masked on /alerts (issue 14): enough to tell two channels apart, never enough to
// use. A webhook URL's path and query are its secret (Slack's and Teams' URLs carry their token
// there); an SMTP URL's secret is its password.

const MASK = '••••';
/** Characters of a long secret shown at its end, so that two similar channels can be told apart. */
const SHOWN_TAIL = 4;
/** Below this length no tail is shown: four characters of a short secret is too much of it. */
const TAIL_FROM = 24;

/** "https://hooks.slack.com/••••ab12": scheme and host, then the mask and the last 4 characters of a long path. */
export function maskWebhookUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return MASK;
  }
  const secret = `${parsed.pathname}${parsed.search}`;
  const tail = secret.length >= TAIL_FROM ? secret.slice(-SHOWN_TAIL) : '';
  return `${parsed.protocol}//${parsed.host}/${MASK}${tail}`;
}

/** "smtp://alerts:••••@mail.example.com:587": the password masked, the rest as given. */
export function maskSmtpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return MASK;
  }
  const user = parsed.username ? `${parsed.username}${parsed.password ? `:${MASK}` : ''}@` : '';
  return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}
