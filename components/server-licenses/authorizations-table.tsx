import { EntitlementName } from '@/components/ui/entitlement-name';
import { ExpiryBadge } from '@/components/ui/status-badges';
import { Table, Td, Th } from '@/components/ui/table';
import { formatCount, formatDaysFromNow, formatUtcDate } from '@/lib/licensing/dates';
import { expiryStatus } from '@/lib/licensing/expiry-buckets';
import { AUTHORIZATION_KIND_LABELS, type ServerAuthorization } from '@/lib/licensing/server-licenses';

/** One server's authorizations: edition, level, features and extensions, with expirations in UTC. */
export function AuthorizationsTable({ caption, authorizations, asOf }: { caption: string; authorizations: readonly ServerAuthorization[]; asOf: number }) {
  if (authorizations.length === 0) return <p className="text-sm">This server reports no authorizations.</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th>Version</Th>
          <Th className="text-right">Cores</Th>
          <Th>Expires (UTC)</Th>
        </tr>
      </thead>
      <tbody>
        {authorizations.map((a) => (
          <tr key={a.key} data-testid={`authorization-${a.key}`}>
            <Td>
              <EntitlementName name={a.name} id={a.id} />
            </Td>
            <Td>{AUTHORIZATION_KIND_LABELS[a.kind]}</Td>
            <Td>{a.version ?? '—'}</Td>
            <Td className="text-right tabular-nums">{a.coreCount !== undefined && a.coreCount > 0 ? formatCount(a.coreCount) : '—'}</Td>
            <Td>
              {a.expiration !== undefined ? (
                <span className="flex flex-wrap items-center gap-2">
                  <time dateTime={new Date(a.expiration).toISOString()}>{formatUtcDate(a.expiration)}</time>
                  <span className="text-xs text-slate-500 dark:text-slate-400">{formatDaysFromNow(a.expiration, asOf)}</span>
                  <ExpiryBadge status={expiryStatus(a.expiration, asOf)} />
                </span>
              ) : (
                <ExpiryBadge status="none" />
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
