import type { ReactNode } from 'react';

/** The page's h1; `portal` (a dashboard serving several portals) says under it which one the page shows. */
export function PageTitle({ title, portal, children }: { title: string; portal?: { name: string; url: string }; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {portal ? (
        <p className="mt-1 text-sm font-medium text-slate-700 dark:text-slate-300" data-testid="page-portal">
          On {portal.name} <span className="font-mono text-xs font-normal break-all text-slate-600 dark:text-slate-400">{portal.url}</span>
        </p>
      ) : null}
      {children ? <div className="mt-1 text-sm text-slate-600 dark:text-slate-400">{children}</div> : null}
    </div>
  );
}
