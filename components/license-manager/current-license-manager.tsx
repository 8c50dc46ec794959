import type { LicenseManager } from '@/lib/licensing/license-model';

/**
 * The License Manager the portal reports: primary host, backup host(s), port; or "not configured" when it
 * reports none, an empty host, port 0 or a placeholder host such as change.me (see lib/licensing/license-model.ts).
 */
export function CurrentLicenseManager({ licenseManager }: { licenseManager: LicenseManager | null }) {
  if (!licenseManager) {
    return (
      <p data-testid="license-manager-not-reported">
        Not configured: the portal reports no License Manager host (an empty host, port 0 or a placeholder such as change.me; some versions leave it
        out altogether). You can set it below.
      </p>
    );
  }
  const [primary, ...backups] = licenseManager.hosts;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
      <dt className="font-medium text-slate-600 dark:text-slate-400">Primary host</dt>
      <dd className="font-mono break-all" data-testid="license-manager-primary">
        {primary}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Backup host</dt>
      <dd className={backups.length > 0 ? 'font-mono break-all' : ''} data-testid="license-manager-backup">
        {backups.length > 0 ? backups.join(', ') : 'None'}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Port</dt>
      <dd className="font-mono" data-testid="license-manager-port">
        {licenseManager.port}
      </dd>
    </dl>
  );
}
