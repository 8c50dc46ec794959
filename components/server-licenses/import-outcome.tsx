import { Notice } from '@/components/ui/notice';
import type { ImportServerLicensesResult } from '@/lib/features/server-licenses/contract';
import { changeText, expiryText } from '@/lib/licensing/server-license-diff';
import { AUTHORIZATION_KIND_LABELS, type ServerAuthorization } from '@/lib/licensing/server-licenses';

function label(a: ServerAuthorization): string {
  return `${a.name} (${AUTHORIZATION_KIND_LABELS[a.kind].toLowerCase()})`;
}

function Group({ title, testId, lines }: { title: string; testId: string; lines: { key: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <div>
      <p className="font-medium">
        {title} ({lines.length})
      </p>
      <ul className="list-disc space-y-0.5 pl-5" aria-label={title} data-testid={testId}>
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What a server license import did, read back from ArcGIS Server after it answered success:
 * the authorizations added, removed and changed, each with its expiration.
 */
export function ImportOutcome({ result }: { result: ImportServerLicensesResult }) {
  const title = result.overwrite ? 'Replaced the authorizations with the file’s.' : 'Appended the file’s authorizations.';
  if (!result.readBack.ok) {
    return (
      <Notice kind="success" title={title}>
        <p>ArcGIS Server accepted the file, but its authorizations could not be read back to show what changed: {result.readBack.reason}</p>
      </Notice>
    );
  }
  const { added, removed, changed, unchanged } = result.readBack.changes;
  const nothing = added.length + removed.length + changed.length === 0;
  const line = (a: ServerAuthorization) => ({ key: a.key, text: `${label(a)}, ${expiryText(a)}` });
  return (
    <Notice kind="success" title={title}>
      {nothing ? (
        <p>Read back afterwards, the authorizations are the same as before: the file changed nothing.</p>
      ) : (
        <>
          <p>Read back afterwards, compared with just before:</p>
          <Group title="Added" testId="import-added" lines={added.map(line)} />
          <Group
            title="Changed"
            testId="import-changed"
            lines={changed.map((c) => ({ key: c.after.key, text: `${label(c.after)}: ${changeText(c)}` }))}
          />
          <Group title="Removed" testId="import-removed" lines={removed.map(line)} />
          {unchanged > 0 ? (
            <p>{unchanged === 1 ? '1 other authorization is unchanged.' : `${unchanged} other authorizations are unchanged.`}</p>
          ) : null}
        </>
      )}
    </Notice>
  );
}
