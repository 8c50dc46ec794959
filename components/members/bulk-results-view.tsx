'use client';

import { useEffect, useRef } from 'react';
import { Notice } from '@/components/ui/notice';
import { useRowLimit } from '@/components/ui/row-limit';
import { Table, Td, Th } from '@/components/ui/table';
import type { BulkApplied } from '@/lib/features/members/bulk-contract';
import { formatCount } from '@/lib/view/dates';

const STATUS_WORDS: Record<BulkApplied['results'][number]['status'], string> = {
  done: 'Done',
  failed: 'Failed',
  unknown: 'Unknown — check before trying again',
};

const REREAD_WORDS: Record<BulkApplied['reread']['inventory'], string> = {
  updated: 'were read back from the portal and the members list shows them as they are now.',
  'no-inventory': 'were read back from the portal; the members list has no inventory yet, so the next sync shows them.',
  failed: 'could not be read back into the members list; the next sync shows them as they are.',
};

/** Each member's outcome: done, failed in the portal's words, or unknown; then which members were read back. */
export function BulkResultsView({ applied }: { applied: BulkApplied }) {
  const { visible, showAll } = useRowLimit(applied.results);
  const count = (status: BulkApplied['results'][number]['status']) => applied.results.filter((r) => r.status === status).length;
  const failed = count('failed') + count('unknown');
  // The Confirm button that had focus is gone: focus moves to the outcome.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => outcome.current?.focus(), []);
  return (
    <div ref={outcome} tabIndex={-1} className="space-y-4 outline-none">
      <Notice
        kind={failed === 0 ? 'success' : 'warning'}
        title={`${formatCount(count('done'))} done, ${formatCount(count('failed'))} failed, ${formatCount(count('unknown'))} unknown.`}
      >
        {applied.excluded.length > 0 ? <p>{formatCount(applied.excluded.length)} members were left out, as the preview said.</p> : null}
        <p>
          {formatCount(applied.reread.usernames.length)} members {REREAD_WORDS[applied.reread.inventory]}
          {applied.reread.problem ? ` (${applied.reread.problem})` : ''}
        </p>
      </Notice>
      <Table caption="Result per member">
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Result</Th>
            <Th>The portal&apos;s words</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((result) => (
            <tr key={result.username}>
              <Td>{result.username}</Td>
              <Td className={result.status === 'done' ? '' : 'font-semibold'}>{STATUS_WORDS[result.status]}</Td>
              <Td>{result.reason ?? ''}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </div>
  );
}
