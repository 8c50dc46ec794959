import type { ReactNode } from 'react';

/** One call the dashboard makes to the portal: the operation's API name and what it does, in words. */
export interface PortalOperation {
  name: string;
  does: ReactNode;
}

/**
 * For the admin who reads the portal's logs or Esri's REST reference: the API operations (and
 * form fields) behind a section, closed by default. Headings, buttons and messages use the admin's
 * words; the API's names appear only here.
 */
export function TechnicalDetails({ operations, children }: { operations: readonly PortalOperation[]; children?: ReactNode }) {
  return (
    <details className="text-sm text-slate-600 dark:text-slate-400">
      <summary className="cursor-pointer font-medium">Technical details</summary>
      <dl className="mt-2 space-y-1">
        {operations.map((operation) => (
          <div key={operation.name}>
            <dt className="inline font-mono text-xs">{operation.name}</dt>
            <dd className="inline">: {operation.does}</dd>
          </div>
        ))}
      </dl>
      {children ? <div className="mt-2 space-y-1">{children}</div> : null}
    </details>
  );
}
