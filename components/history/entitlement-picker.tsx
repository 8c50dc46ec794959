'use client';

import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { ENTITLEMENT_CATEGORIES, type EntitlementCategory } from '@/lib/licensing/license-model';
import type { HistoryView } from '@/lib/features/history/contract';

const GROUPS: Record<EntitlementCategory, string> = {
  userType: 'User types',
  app: 'Apps',
  appBundle: 'App bundles',
  extension: 'User type extensions',
  capability: 'Portal capabilities',
};

/**
 * Which entitlements to draw: native checkboxes grouped by kind (keyboard-usable as they are), sent
 * as a GET form so the choice lands in the URL. The user types' group is open; the others fold.
 */
export function EntitlementPicker({ view }: { view: HistoryView }) {
  const chosen = new Set(view.chosen);
  return (
    <Form action="/history" key={view.chosen.join(',')} className="space-y-3">
      <input type="hidden" name="range" value={view.range} />
      <fieldset>
        <legend className="text-sm font-medium">Entitlements to show</legend>
        <div className="mt-2 space-y-2">
          {ENTITLEMENT_CATEGORIES.map((kind) => {
            const choices = view.choices.filter((c) => c.kind === kind);
            if (choices.length === 0) return null;
            const picked = choices.filter((c) => chosen.has(c.id)).length;
            return (
              <details
                key={kind}
                open={kind === 'userType' || picked > 0}
                className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-700"
              >
                <summary className="cursor-pointer text-sm font-medium">
                  {GROUPS[kind]} ({picked} of {choices.length} chosen)
                </summary>
                <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
                  {choices.map((choice) => (
                    <li key={choice.id}>
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" name="ids" value={choice.id} defaultChecked={chosen.has(choice.id)} className="size-4" />
                        {choice.name}
                      </label>
                    </li>
                  ))}
                </ul>
              </details>
            );
          })}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary">
        Show chosen entitlements
      </Button>
    </Form>
  );
}
