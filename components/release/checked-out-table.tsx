import { Button } from '@/components/ui/button';
import { EntitlementName } from '@/components/ui/entitlement-name';
import { Table, Td, Th } from '@/components/ui/table';
import { formatUtcDateTime } from '@/lib/licensing/date-time';
import type { CheckedOutRow } from '@/lib/licensing/releasable-apps';

/** "A, B or C". */
function orList(names: readonly string[]): string {
  if (names.length === 0) return 'an app';
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** Members with a license taken offline, each with a Release button (or why there is none). */
export function CheckedOutTable({
  rows,
  appNames,
  onRelease,
  busy,
}: {
  rows: readonly CheckedOutRow[];
  appNames: readonly string[];
  onRelease: (row: CheckedOutRow) => void;
  busy: boolean;
}) {
  if (rows.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
        No license is checked out: nobody has {orList(appNames)} taken offline.
      </p>
    );
  }
  return (
    <Table caption={`${rows.length} license${rows.length === 1 ? '' : 's'} checked out for offline use`}>
      <thead>
        <tr>
          <Th>Member</Th>
          <Th>Application</Th>
          <Th>Entitlements</Th>
          <Th>Last sign-in to the app</Th>
          <Th>
            <span className="sr-only">Action</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`checkout-${row.appId}-${row.username}`}>
            <Td className="font-medium">{row.username}</Td>
            <Td>{row.appName}</Td>
            <Td>
              {row.entitlements.length > 0 ? (
                <ul className="space-y-1">
                  {row.entitlements.map((entitlement) => (
                    <li key={entitlement.id}>
                      <EntitlementName name={entitlement.name} id={entitlement.id} />
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-slate-600 dark:text-slate-400">None listed</span>
              )}
            </Td>
            <Td className="whitespace-nowrap">
              {row.lastLogin === undefined ? (
                'Never'
              ) : (
                <time dateTime={new Date(row.lastLogin).toISOString()}>{formatUtcDateTime(row.lastLogin)}</time>
              )}
            </Td>
            <Td className="text-right">
              {row.releasable ? (
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={`Release ${row.appName} for ${row.username}`}
                  onClick={() => onRelease(row)}
                >
                  Release
                </Button>
              ) : (
                <span className="text-xs text-slate-600 dark:text-slate-400">Cannot be released here (see below)</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
