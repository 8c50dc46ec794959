'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Notice } from '@/components/ui/notice';
import { useRowLimit } from '@/components/ui/row-limit';
import { Table, Td, Th } from '@/components/ui/table';
import type { BulkPreview } from '@/lib/features/members/bulk-contract';
import { formatCount } from '@/lib/view/dates';
import { membersWords } from './member-words';

function seatWords(seat: BulkPreview['seats'][number]): string {
  const change = seat.after - seat.before;
  const over = seat.after > seat.max ? ` — ${formatCount(seat.after - seat.max)} over` : '';
  return change === 0 ? 'no change' : `${change > 0 ? '+' : '−'}${formatCount(Math.abs(change))}${over}`;
}

/** The seats before → after, in words and figures (never colour alone). */
function SeatsTable({ seats }: { seats: BulkPreview['seats'] }) {
  return (
    <Table caption="Seats before → after">
      <thead>
        <tr>
          <Th>User type or app</Th>
          <Th className="text-right">Purchased</Th>
          <Th className="text-right">Before → after</Th>
          <Th>Change</Th>
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => (
          <tr key={`${seat.kind}:${seat.id}`}>
            <Td>{seat.name}</Td>
            <Td className="text-right tabular-nums">{formatCount(seat.max)}</Td>
            <Td className="text-right tabular-nums whitespace-nowrap">
              {formatCount(seat.before)} → {formatCount(seat.after)}
            </Td>
            <Td className={seat.after > seat.max ? 'font-semibold text-red-700 dark:text-red-400' : ''}>{seatWords(seat)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function SendTable({ send }: { send: BulkPreview['send'] }) {
  const { visible, showAll } = useRowLimit(send);
  return (
    <>
      <Table caption={`Sent for ${membersWords(send.length)}`}>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Now</Th>
            <Th>After</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((line) => (
            <tr key={line.username}>
              <Td>
                {line.fullName ? <span className="block">{line.fullName}</span> : null}
                <span className="text-slate-600 dark:text-slate-400">{line.username}</span>
              </Td>
              <Td className="break-words">{line.from}</Td>
              <Td className="break-words">{line.to}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}

function ExcludedTable({ excluded }: { excluded: BulkPreview['excluded'] }) {
  const { visible, showAll } = useRowLimit(excluded);
  return (
    <>
      <Table caption={`Left out: ${membersWords(excluded.length)}`}>
        <thead>
          <tr>
            <Th>Member</Th>
            <Th>Why</Th>
          </tr>
        </thead>
        <tbody>
          {visible.map((line) => (
            <tr key={line.username}>
              <Td>{line.username}</Td>
              <Td>
                {line.reason}
                {line.releaseHref ? (
                  <>
                    {' '}
                    <Link className="font-medium text-blue-700 underline dark:text-blue-400" href={line.releaseHref}>
                      Release it first<span className="sr-only"> for {line.username}</span>
                    </Link>
                  </>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {showAll}
    </>
  );
}

/** What a confirmed change will do: the refusal if any, the seats, who it is sent for and who is left out. */
export function BulkPreviewView({ preview }: { preview: BulkPreview }) {
  // The Preview button that had focus is gone: focus moves to what it brought, so keyboard and screen reader users land on it.
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div className="space-y-4">
      <p ref={summary} tabIndex={-1} className="outline-none">
        <strong>{preview.actionWords}</strong> for {formatCount(preview.send.length)} members, in {formatCount(preview.calls)}{' '}
        {preview.calls === 1 ? 'call' : 'calls'} of at most 25, each sent once.
      </p>
      {preview.refusal ? <Notice kind="error" title={`Nothing can be sent: ${preview.refusal}`} /> : null}
      {preview.userTypeRules === 'portal-decides-per-member' ? (
        <Notice
          kind="info"
          title="This portal does not list which roles and apps each user type takes: it accepts or refuses each member itself, and the results say which."
        />
      ) : null}
      <SeatsTable seats={preview.seats} />
      {preview.send.length > 0 ? <SendTable send={preview.send} /> : <p>No member needs this change.</p>}
      {preview.excluded.length > 0 ? <ExcludedTable excluded={preview.excluded} /> : null}
    </div>
  );
}
