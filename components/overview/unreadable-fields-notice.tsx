import { Notice } from '@/components/ui/notice';
import type { OrgLicense, UnreadableField } from '@/lib/licensing/license-model';

/** How many unreadable fields the notice names; the rest are in "Also reported by the portal". */
const NAMED_MAX = 5;

/** A value as the portal wrote it: JSON, so that "200" and 200 look different. */
export function asSent(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** One line: where, what came, and what it should have been. */
function unreadableLine(field: UnreadableField): string {
  const owner = field.entitlementId !== undefined ? `${field.entitlementId}: ` : '';
  return `${owner}${field.path} is ${asSent(field.value)}, which could not be read as ${field.expected}; the dashboard left it out.`;
}

/**
 * The line at the top of the overview when the portal sent fields of a type the dashboard did not
 * expect: the figures that depend on them say "not reported"; everything else is shown.
 */
export function UnreadableFieldsNotice({ license }: { license: OrgLicense }) {
  const fields = license.unreadable ?? [];
  if (fields.length === 0) return null;
  const more = fields.length - NAMED_MAX;
  return (
    <Notice
      kind="warning"
      title={`The portal reported ${fields.length === 1 ? 'a value' : `${fields.length} values`} of a type the dashboard did not expect`}
    >
      {fields.slice(0, NAMED_MAX).map((field) => (
        <p key={field.path} className="break-words">
          {unreadableLine(field)}
        </p>
      ))}
      <p>
        {more > 0 ? `And ${more} more. ` : ''}
        Each is listed as it came at the bottom of this page, with the other fields the portal also reported.
      </p>
    </Notice>
  );
}
