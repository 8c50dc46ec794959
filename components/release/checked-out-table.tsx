'use client';

import { useState } from 'react';
import { TextField } from '@/components/forms/text-field';
import { Button } from '@/components/ui/button';
import { EntitlementName } from '@/components/ui/entitlement-name';
import { Table, Td, Th } from '@/components/ui/table';
import { formatUtcDateTime } from '@/lib/view/date-time';
import { formatCount } from '@/lib/view/dates';
import { filterByWords, pageOf } from '@/lib/view/pagination';
import type { CheckedOutRow } from '@/lib/licensing/releasable-apps';

/** A large organization has thousands of offline licenses: pages keep the table light to render. */
const PAGE_SIZE = 50;

/** "A, B or C". */
function orList(names: readonly string[]): string {
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function Pager({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages of checked-out licenses" className="mt-3 flex items-center justify-end gap-3 text-sm">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </Button>
      <span aria-live="polite">
        Page {page} of {pageCount}
      </span>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next
      </Button>
    </nav>
  );
}

/**
 * Members with a license taken offline, each with a Release button (or why there is none).
 * `appNames` are the apps whose listings were read: only of those can it say that nobody has them
 * offline (the others have their own notices), so with none read an empty table shows nothing.
 */
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
  const [filter, setFilter] = useState('');
  const [requestedPage, setRequestedPage] = useState(1);
  if (rows.length === 0) {
    if (appNames.length === 0) return null;
    return (
      <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
        No license is checked out: nobody has {orList(appNames)} taken offline.
      </p>
    );
  }
  const matching = filterByWords(rows, filter, (row) => `${row.username} ${row.fullName ?? ''} ${row.appName}`);
  const shown = pageOf(matching, requestedPage, PAGE_SIZE);
  const count = `${formatCount(rows.length)} license${rows.length === 1 ? '' : 's'} checked out for offline use`;
  const range =
    matching.length === 0
      ? 'none match the filter'
      : `showing ${formatCount(shown.first)}–${formatCount(shown.last)} of ${formatCount(matching.length)}`;
  return (
    <div>
      {rows.length > PAGE_SIZE ? (
        <TextField
          name="checkout-filter"
          label="Filter by member or application"
          className="mb-3 max-w-sm"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setRequestedPage(1);
          }}
        />
      ) : null}
      <Table caption={rows.length > PAGE_SIZE ? `${count}: ${range}` : count}>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Application</Th>
            <Th>Entitlements</Th>
            <Th>Last sign-in to the app</Th>
            {/* relative: the sr-only label is positioned absolutely and would otherwise escape the table and widen the page. */}
            <Th className="relative">
              <span className="sr-only">Action</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row) => (
            <tr key={row.key} data-testid={`checkout-${row.appId}-${row.username}`}>
              <Td>
                <span className="font-medium">{row.username}</span>
                {/* The space keeps "jdoe John Doe" apart in the cell's text (copying, finding, filtering by it). */}
                {row.fullName ? (
                  <>
                    {' '}
                    <span className="block text-slate-600 dark:text-slate-400">{row.fullName}</span>
                  </>
                ) : null}
              </Td>
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
      <Pager page={shown.page} pageCount={shown.pageCount} onPage={setRequestedPage} />
    </div>
  );
}
