import { EntitlementName } from '@/components/ui/entitlement-name';
import { Table, Td, Th } from '@/components/ui/table';
import { ExpiryCell } from '@/components/ui/utc-date';
import { formatCount } from '@/lib/view/dates';
import { AUTHORIZATION_KIND_LABELS, type ServerAuthorization } from '@/lib/licensing/server-licenses';

/** One server's authorizations: edition, level, features and extensions, with expirations in UTC or as the server wrote them. */
export function AuthorizationsTable({
  caption,
  authorizations,
  asOf,
}: {
  caption: string;
  authorizations: readonly ServerAuthorization[];
  asOf: number;
}) {
  if (authorizations.length === 0) return <p className="text-sm">This server reports no authorizations.</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Kind</Th>
          <Th>Version</Th>
          <Th className="text-right">Cores</Th>
          <Th>Expires (UTC unless marked)</Th>
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
              <ExpiryCell expiration={a.expiration} asOf={asOf} day={a.expirationDay} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
