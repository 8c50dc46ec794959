import { Notice } from '@/components/ui/notice';
import type { ImportWarning } from '@/lib/licensing/import-warnings';

/** The preview's warnings in plain words, or that the file takes nothing members use. */
export function ImportWarningsNotice({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (warnings.length === 0) {
    return <Notice kind="success" title="No warnings: this file takes away nothing members use, and it does not expire within 30 days." />;
  }
  return (
    <Notice kind="warning" title={`${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}: importing this file would hurt`}>
      <ul className="list-disc space-y-1 pl-5" aria-label="Warnings">
        {warnings.map((warning) => (
          <li key={`${warning.kind}:${warning.message}`} data-testid={`warning-${warning.kind}`}>
            {warning.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
