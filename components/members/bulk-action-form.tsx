'use client';

import { useId } from 'react';
import { SelectField } from '@/components/forms/select-field';
import type { BulkAction, BulkOptions } from '@/lib/features/members/bulk-contract';
import { formatCount } from '@/lib/view/dates';

/** What the admin has chosen so far; `toAction` turns it into the request's action. */
export interface ActionChoice {
  kind: BulkAction['kind'];
  userLicenseType: string;
  itemId: string;
  proLevel: string;
  proExtensions: string[];
}

const KIND_OPTIONS = [
  { value: 'revokeApp', label: 'Revoke an app license' },
  { value: 'assignApp', label: 'Assign an app license' },
  { value: 'changeUserType', label: 'Change the user type' },
] as const;

const PRO = 'arcgisprodesktop';
const freeWords = (free: number | undefined) => (free === undefined ? 'seats free not reported' : `${formatCount(free)} free`);

/** The choice as the preview's action: ArcGIS Pro sends its level and extensions, another app its own id (the portal judges it). */
export function toAction(choice: ActionChoice, options: BulkOptions): BulkAction {
  if (choice.kind === 'changeUserType') return { kind: 'changeUserType', userLicenseType: choice.userLicenseType };
  if (choice.kind === 'revokeApp') return { kind: 'revokeApp', itemId: choice.itemId };
  const app = options.apps.find((a) => a.itemId === choice.itemId);
  return {
    kind: 'assignApp',
    itemId: choice.itemId,
    entitlements: app?.id === PRO ? [choice.proLevel, ...choice.proExtensions] : app ? [app.id] : [],
  };
}

/** The first choice the options allow: revoke ArcGIS Pro where the license has it. */
export function initialChoice(options: BulkOptions): ActionChoice {
  const pro = options.apps.find((a) => a.id === PRO) ?? options.apps[0];
  return {
    kind: 'revokeApp',
    userLicenseType: options.userTypes[0]?.id ?? '',
    itemId: pro?.itemId ?? '',
    proLevel: options.proLevels[0]?.id ?? '',
    proExtensions: [],
  };
}

/** The action's fields: what to change, then the user type, or the app (with ArcGIS Pro's level and extensions when assigning it). */
export function BulkActionForm({
  options,
  choice,
  onChange,
}: {
  options: BulkOptions;
  choice: ActionChoice;
  onChange: (choice: ActionChoice) => void;
}) {
  const id = useId();
  const app = options.apps.find((a) => a.itemId === choice.itemId);
  return (
    <div className="space-y-4">
      <SelectField
        label="Change"
        name="kind"
        value={choice.kind}
        options={KIND_OPTIONS}
        onChange={(event) => onChange({ ...choice, kind: KIND_OPTIONS.find((o) => o.value === event.target.value)?.value ?? 'revokeApp' })}
      />
      {choice.kind === 'changeUserType' ? (
        <SelectField
          label="New user type"
          name="userLicenseType"
          value={choice.userLicenseType}
          options={options.userTypes.map((t) => ({ value: t.id, label: `${t.name} (${freeWords(t.free)})` }))}
          onChange={(event) => onChange({ ...choice, userLicenseType: event.target.value })}
        />
      ) : (
        <SelectField
          label="App"
          name="itemId"
          value={choice.itemId}
          options={options.apps.map((a) => ({ value: a.itemId, label: `${a.name} (${freeWords(a.free)})` }))}
          onChange={(event) => onChange({ ...choice, itemId: event.target.value })}
        />
      )}
      {choice.kind === 'assignApp' && app?.id === PRO ? (
        <>
          <SelectField
            label="ArcGIS Pro level"
            name="proLevel"
            value={choice.proLevel}
            options={options.proLevels.map((l) => ({ value: l.id, label: l.name }))}
            onChange={(event) => onChange({ ...choice, proLevel: event.target.value })}
          />
          <fieldset>
            <legend className="text-sm font-medium">Extensions</legend>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              The member&apos;s list is replaced by the level and the extensions ticked here.
            </p>
            <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
              {options.proExtensions.map((extension) => (
                <label key={extension.id} htmlFor={`${id}-${extension.id}`} className="flex items-center gap-2 text-sm">
                  <input
                    id={`${id}-${extension.id}`}
                    type="checkbox"
                    checked={choice.proExtensions.includes(extension.id)}
                    onChange={(event) =>
                      onChange({
                        ...choice,
                        proExtensions: event.target.checked
                          ? [...choice.proExtensions, extension.id]
                          : choice.proExtensions.filter((e) => e !== extension.id),
                      })
                    }
                  />
                  {extension.name}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
