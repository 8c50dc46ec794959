'use client';

import Link from 'next/link';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { buttonVariants } from '@/components/ui/button-variants';
import { entitlementWords, roleChoice, userTypeWords } from './member-words';

/** The filter as the URL carries it (raw text, so an invalid value is shown back as typed). */
export type MemberFilterFields = Partial<
  Record<'userType' | 'role' | 'app' | 'entitlement' | 'idle' | 'never' | 'proIdle' | 'offline' | 'disabled' | 'q' | 'sort' | 'dir' | 'size', string>
>;

/** What the form offers: the inventory's user types, roles, entitlements and apps. */
export interface MemberFilterChoices {
  userTypes: readonly string[];
  roles: readonly string[];
  entitlements: readonly string[];
  apps: readonly { itemId: string; name: string }[];
}

const choices = (any: string, values: readonly string[], label: (value: string) => string, current?: string) => [
  { value: '', label: any },
  // A value from a shared link that this inventory does not hold stays selectable, as typed.
  ...[...values, ...(current && !values.includes(current) ? [current] : [])].map((value) => ({ value, label: label(value) })),
];

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4" />
      {label}
    </label>
  );
}

/**
 * The members filter: a plain GET form, so the filter lives in the URL (shareable, reloadable, back
 * button) and works before any JavaScript runs. Sort and page size ride along; the page restarts at 1.
 * `errorField` marks the field the server could not read.
 */
export function MemberFilters({
  path,
  values,
  choices: offered,
  errorField,
  errorMessage,
}: {
  path: string;
  values: MemberFilterFields;
  choices: MemberFilterChoices;
  errorField?: string;
  errorMessage?: string;
}) {
  const errorOf = (field: string) => (errorField === field ? errorMessage : undefined);
  const appNames = new Map(offered.apps.map((app) => [app.itemId, app.name]));
  return (
    <form method="get" action={path} aria-label="Filter the members" className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <TextField
        label="Search"
        name="q"
        type="search"
        hint="Username, name or email"
        defaultValue={values.q ?? ''}
        autoComplete="off"
        error={errorOf('q')}
      />
      <SelectField
        label="User type"
        name="userType"
        defaultValue={values.userType ?? ''}
        options={choices('Any user type', offered.userTypes, userTypeWords, values.userType)}
        error={errorOf('userType')}
      />
      <SelectField
        label="Role"
        name="role"
        defaultValue={values.role ?? ''}
        options={choices('Any role', offered.roles, roleChoice, values.role)}
        error={errorOf('role')}
      />
      <SelectField
        label="App"
        name="app"
        defaultValue={values.app ?? ''}
        options={choices(
          'Any app',
          offered.apps.map((app) => app.itemId),
          (itemId) => appNames.get(itemId) ?? itemId,
          values.app,
        )}
        error={errorOf('app')}
      />
      <SelectField
        label="Pro level or entitlement"
        name="entitlement"
        defaultValue={values.entitlement ?? ''}
        options={choices('Any entitlement', offered.entitlements, entitlementWords, values.entitlement)}
        error={errorOf('entitlement')}
      />
      <TextField
        label="No sign-in for more than (days)"
        name="idle"
        type="number"
        min={1}
        inputMode="numeric"
        defaultValue={values.idle ?? ''}
        error={errorOf('idle')}
      />
      <TextField
        label="Has ArcGIS Pro, not used for more than (days)"
        name="proIdle"
        type="number"
        min={1}
        inputMode="numeric"
        defaultValue={values.proIdle ?? ''}
        error={errorOf('proIdle')}
      />
      <SelectField
        label="Rows per page"
        name="size"
        defaultValue={values.size ?? '50'}
        options={[
          { value: '50', label: '50' },
          { value: '100', label: '100' },
        ]}
        error={errorOf('size')}
      />
      <fieldset className="flex flex-wrap gap-x-5 gap-y-2 sm:col-span-2">
        <legend className="sr-only">Only members who</legend>
        <Check name="never" label="Never signed in" checked={Boolean(values.never)} />
        <Check name="offline" label="Have a license offline" checked={Boolean(values.offline)} />
        <Check name="disabled" label="Are disabled" checked={Boolean(values.disabled)} />
        {['never', 'offline', 'disabled'].includes(errorField ?? '') ? (
          <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
            {errorField}: {errorMessage}
          </p>
        ) : null}
      </fieldset>
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      {values.dir ? <input type="hidden" name="dir" value={values.dir} /> : null}
      <div className="flex gap-2 sm:col-span-2 lg:justify-end">
        <button type="submit" className={buttonVariants()}>
          Apply
        </button>
        <Link href={path} className={buttonVariants({ variant: 'secondary' })}>
          Clear
        </Link>
      </div>
    </form>
  );
}
