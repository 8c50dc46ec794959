/** Loopback only: the demo's sign-in page fills in the demo administrator's password for anyone who opens it. */
const DEMO_HOST = '127.0.0.1';

/**
 * The address `npm start` has the dashboard listen on: HOST when set (e.g. HOST=0.0.0.0 to open the
 * demo to the network), else loopback in demo mode (no ARCGIS_PORTAL_URL), else undefined, which
 * leaves Next.js's default (every interface) for a dashboard pointed at a real portal.
 */
export function listenHost({ demo, host }: { demo: boolean; host: string | undefined }): string | undefined {
  const configured = host?.trim();
  if (configured) return configured;
  return demo ? DEMO_HOST : undefined;
}
