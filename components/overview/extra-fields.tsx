import type { OrgLicense } from '@/lib/licensing/license-model';
import { asSent } from './unreadable-fields-notice';

interface ShownField {
  key: string;
  value: unknown;
  /** Why the dashboard could not use it, when it could not. */
  note?: string;
}

function shownFields(license: OrgLicense): ShownField[] {
  return [
    ...(license.unreadable ?? []).map((f) => ({ key: f.path, value: f.value, note: `could not be read as ${f.expected}` })),
    ...Object.entries(license.extra).map(([key, value]) => ({ key, value })),
    ...license.entitlements.flatMap((e) => Object.entries(e.extra).map(([key, value]) => ({ key: `${e.id}.${key}`, value }))),
  ];
}

/**
 * Fields the portal sent that the dashboard has no place for (a newer version's additions), and
 * fields of a type it did not expect: shown as the portal wrote them rather than dropped.
 */
export function ExtraFields({ license }: { license: OrgLicense }) {
  const fields = shownFields(license);
  if (fields.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium">
        Also reported by the portal ({fields.length} {fields.length === 1 ? 'field' : 'fields'})
      </summary>
      <dl className="mt-3 space-y-2">
        {fields.map(({ key, value, note }) => (
          <div key={key} data-testid={note ? `unreadable-${key}` : undefined}>
            <dt className="font-mono text-xs text-slate-600 dark:text-slate-400">{key}</dt>
            <dd className="overflow-x-auto">
              <pre className="whitespace-pre-wrap break-all font-mono text-xs">{note ? asSent(value) : JSON.stringify(value, null, 2)}</pre>
              {note ? <p className="text-xs text-amber-800 dark:text-amber-300">{note}</p> : null}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
