import type { LicenseManager } from './license-model';

/** The licenseManagerInfo updateLicenseManager takes: hosts comma-joined, primary first. */
export function licenseManagerInfo(form: { primaryHost: string; backupHost?: string; port: number }): { hostname: string; port: number } {
  return { hostname: [form.primaryHost, form.backupHost].filter(Boolean).join(','), port: form.port };
}

/** The value the form asks for, in the model's shape, to show and to compare with what the portal reports later. */
export function requestedLicenseManager(form: { primaryHost: string; backupHost?: string; port: number }): LicenseManager {
  return { hosts: [form.primaryHost, ...(form.backupHost ? [form.backupHost] : [])], port: form.port };
}

/** Whether the portal reports what was asked for (host names compare case-insensitively, as DNS does). */
export function sameLicenseManager(a: LicenseManager, b: LicenseManager): boolean {
  return a.port === b.port && a.hosts.length === b.hosts.length && a.hosts.every((host, i) => host.toLowerCase() === b.hosts[i]?.toLowerCase());
}

/** "lm1.example.com (backup lm2.example.com), port 27000", for sentences. */
export function describeLicenseManager(licenseManager: LicenseManager): string {
  const [primary, ...backups] = licenseManager.hosts;
  return `${primary ?? '(no host)'}${backups.length > 0 ? ` (backup ${backups.join(', ')})` : ''}, port ${licenseManager.port}`;
}

/** "lm1.example.com:27000 (backup lm2.example.com:27000)": where the portal looks for licenses, as host:port. */
export function licenseManagerAddress(licenseManager: LicenseManager): string {
  const [primary, ...backups] = licenseManager.hosts.map((host) => `${host}:${licenseManager.port}`);
  return `${primary ?? '(no host)'}${backups.length > 0 ? ` (backup ${backups.join(', ')})` : ''}`;
}

/**
 * The form's fields filled with what the portal reports (primary, first backup, port as text), so an
 * admin changes one value without retyping the others; empty, with `defaultPort`, when there is none.
 */
export function licenseManagerFormValues(
  current: LicenseManager | null,
  defaultPort: number,
): { primaryHost: string; backupHost: string; port: string } {
  return { primaryHost: current?.hosts[0] ?? '', backupHost: current?.hosts[1] ?? '', port: String(current?.port ?? defaultPort) };
}

/**
 * Whether a read of the portal tells how a remembered restart ended ("ended": compare it with what
 * was sent) or the restart may still be under way ("in-progress": keep waiting). A read from before
 * the change, or one that still shows another value before the portal's own recheck time (a portal
 * may answer for a moment before it goes down), tells nothing yet. Times are epoch ms.
 */
export function restartStage(
  restart: { acceptedAt: number; recheckAfterSeconds: number; requested: LicenseManager },
  read: { asOf: number; licenseManager: LicenseManager | null } | undefined,
): 'in-progress' | 'ended' {
  if (!read || read.asOf < restart.acceptedAt) return 'in-progress';
  if (read.licenseManager && sameLicenseManager(read.licenseManager, restart.requested)) return 'ended';
  return read.asOf >= restart.acceptedAt + restart.recheckAfterSeconds * 1000 ? 'ended' : 'in-progress';
}
