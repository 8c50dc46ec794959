/**
 * The portal operations behind this page, for an admin who checks them in the portal's own API
 * directory: named here, in a disclosure, and nowhere else on the page.
 */
export function ApiDetails({ kind }: { kind: 'portal' | 'kubernetes' }) {
  const api = kind === 'kubernetes' ? 'ArcGIS Enterprise Administrator API (organization license)' : 'Portal Administrator API (license)';
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium">Details for the portal&apos;s API</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        <li>
          The current value is the license resource&apos;s <code>licenseManagerInfo</code> in the {api}.
        </li>
        <li>
          A change is sent once with <code>updateLicenseManager</code>; the portal answers with <code>recheckAfterSeconds</code>, the wait before the
          first check.
        </li>
        <li>While the portal restarts, the dashboard checks the portal&apos;s address without a token every few seconds.</li>
      </ul>
    </details>
  );
}
