import type { OrgLicense } from '@/lib/licensing/license-model';

function entitlementExtras(license: OrgLicense): [string, unknown][] {
  return license.entitlements.flatMap((e) => Object.entries(e.extra).map(([key, value]) => [`${e.id}.${key}`, value] as [string, unknown]));
}

/**
 * Fields the portal sent that the dashboard has no place for (a newer version's additions):
 * shown as the portal wrote them rather than dropped.
 */
export function ExtraFields({ license }: { license: OrgLicense }) {
  const fields = [...Object.entries(license.extra), ...entitlementExtras(license)];
  if (fields.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium">
        Also reported by the portal ({fields.length} {fields.length === 1 ? 'field' : 'fields'})
      </summary>
      <dl className="mt-3 space-y-2">
        {fields.map(([key, value]) => (
          <div key={key}>
            <dt className="font-mono text-xs text-slate-600 dark:text-slate-400">{key}</dt>
            <dd className="overflow-x-auto">
              <pre className="whitespace-pre-wrap break-all font-mono text-xs">{JSON.stringify(value, null, 2)}</pre>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
