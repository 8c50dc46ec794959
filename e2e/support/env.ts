// Ports of the servers Playwright starts. E2E_PORT_BASE moves them all, so two checkouts can test at once.
const base = Number(process.env.E2E_PORT_BASE ?? 4300);

export const EMULATOR_PORT = base + 10;
export const CONTROL_PORT = base + 11;
export const PORTAL_APP_PORT = base + 20;
export const KUBERNETES_APP_PORT = base + 21;
/** Receivers a spec starts for what the dashboard sends out (the alerts' webhook and SMTP server, one that refuses). */
export const RECEIVER_PORTS = { webhook: base + 50, smtp: base + 51, down: base + 52 };

export const CONTROL_URL = `http://127.0.0.1:${CONTROL_PORT}`;
export const PORTAL_URL = `http://127.0.0.1:${EMULATOR_PORT}/portal`;
export const KUBERNETES_URL = `http://127.0.0.1:${EMULATOR_PORT}/arcgis`;
/** The dashboard pointed at the base portal. */
export const PORTAL_APP = `http://127.0.0.1:${PORTAL_APP_PORT}`;
/**
 * The dashboard pointed at the Kubernetes deployment. A different host name than PORTAL_APP:
 * cookies ignore ports, so the two dashboards' sessions would otherwise overwrite each other.
 */
export const KUBERNETES_APP = `http://localhost:${KUBERNETES_APP_PORT}`;

export const ADMIN = { username: 'admin', password: 'demo-license-admin' };
export const NON_ADMIN = { username: 'analyst', password: 'demo-license-user' };

/** The DATA_DIR (embedded store) of the dashboard on this port, relative to the checkout; emptied when Playwright starts it. */
export function dataDirOf(port: number): string {
  return `.data/e2e-${port}`;
}
