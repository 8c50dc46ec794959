import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { AuditEntryView } from '@/lib/features/audit/contract';
import { formatUtcDateTime } from '@/lib/view/date-time';
import { ACTION_WORDS, OUTCOME_WORDS } from './audit-words';

function Parameters({ parameters }: { parameters: AuditEntryView['parameters'] }) {
  const entries = Object.entries(parameters);
  if (entries.length === 0) return <span className="text-slate-500 dark:text-slate-400">none</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-600 dark:text-slate-400">{key}</dt>
          <dd className="font-mono [overflow-wrap:anywhere]">{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One page of audit entries, newest first; every outcome says itself in words beside its colour. */
export function AuditTable({ entries }: { entries: readonly AuditEntryView[] }) {
  return (
    <Table caption="Audit log entries, newest first (times in UTC)">
      <thead>
        <tr>
          <Th>Time (UTC)</Th>
          <Th>Admin</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Parameters</Th>
          <Th>Outcome</Th>
          <Th>Portal’s words</Th>
          <Th>Duration</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const outcome = OUTCOME_WORDS[entry.outcome];
          return (
            <tr key={entry.id} className="align-top">
              <Td className="whitespace-nowrap">
                <time dateTime={new Date(entry.at).toISOString()}>{formatUtcDateTime(entry.at)}</time>
              </Td>
              <Td>{entry.admin}</Td>
              <Td>{ACTION_WORDS[entry.action]}</Td>
              <Td className="min-w-32 [overflow-wrap:anywhere]">{entry.target}</Td>
              <Td className="min-w-64">
                <Parameters parameters={entry.parameters} />
              </Td>
              <Td className={outcome.meaning ? 'min-w-52' : undefined}>
                <Badge tone={outcome.tone}>{outcome.label}</Badge>
                {outcome.meaning ? <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{outcome.meaning}</span> : null}
              </Td>
              <Td className="min-w-64">{entry.portalMessages.length > 0 ? entry.portalMessages.join(' ') : '—'}</Td>
              <Td className="whitespace-nowrap">{entry.durationMs === null ? '—' : `${entry.durationMs} ms`}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
