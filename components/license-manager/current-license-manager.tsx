import type { LicenseManager } from '@/lib/licensing/license-model';

/** The License Manager the portal reports: primary host, backup host(s), port; or that it reports none. */
export function CurrentLicenseManager({ licenseManager }: { licenseManager: LicenseManager | null }) {
  if (!licenseManager) {
    return (
      <p data-testid="license-manager-not-reported">
        Not reported: this portal&apos;s license resource does not include the License Manager (some versions leave it
        out, and an unconfigured one is reported empty). You can still set it below.
      </p>
    );
  }
  const [primary, ...backups] = licenseManager.hosts;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
      <dt className="font-medium text-slate-600 dark:text-slate-400">Primary host</dt>
      <dd className="font-mono" data-testid="license-manager-primary">
        {primary}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Backup host</dt>
      <dd className={backups.length > 0 ? 'font-mono' : ''} data-testid="license-manager-backup">
        {backups.length > 0 ? backups.join(', ') : 'None'}
      </dd>
      <dt className="font-medium text-slate-600 dark:text-slate-400">Port</dt>
      <dd className="font-mono" data-testid="license-manager-port">
        {licenseManager.port}
      </dd>
    </dl>
  );
}
