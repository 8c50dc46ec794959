/** A display name with the portal's raw id beneath it; an unknown id is shown once, as it is. */
export function EntitlementName({ name, id }: { name: string; id: string }) {
  return (
    <span className="flex flex-col">
      <span className="font-medium">{name}</span>
      {name !== id ? <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{id}</span> : null}
    </span>
  );
}
