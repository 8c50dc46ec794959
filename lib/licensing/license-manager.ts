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
