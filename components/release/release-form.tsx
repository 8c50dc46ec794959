'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { MemberCombobox } from '@/components/forms/member-combobox';
import { SelectField } from '@/components/forms/select-field';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';
import { Button } from '@/components/ui/button';
import type { ReleasableApp } from '@/lib/licensing/releasable-apps';
import { ReleaseLicenseSchema, USERNAME_MAX_LENGTH, type ReleaseLicenseInput } from '@/lib/schemas/release-license';

/**
 * Release by hand: any username (with suggestions from the member search) and one of the apps this
 * deployment can release. `onEdit` runs on every change, so an outcome about other input can go.
 */
export function ReleaseForm({
  apps,
  busy,
  onRequest,
  onEdit,
}: {
  apps: readonly ReleasableApp[];
  busy: boolean;
  onRequest: (input: ReleaseLicenseInput) => void;
  onEdit: () => void;
}) {
  const form = useForm<z.input<typeof ReleaseLicenseSchema>, unknown, ReleaseLicenseInput>({
    resolver: zodResolver(ReleaseLicenseSchema),
    defaultValues: { username: '', appId: apps[0]?.appId },
  });
  const submit = useLockedSubmit(form.handleSubmit, onRequest);

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <Controller
        control={form.control}
        name="username"
        render={({ field, fieldState }) => (
          <MemberCombobox
            label="Username"
            name={field.name}
            value={field.value}
            onChange={(value) => {
              field.onChange(value);
              onEdit();
            }}
            onBlur={field.onBlur}
            hint={`Suggestions come from the portal's members as you type; any username of up to ${USERNAME_MAX_LENGTH} characters can be entered.`}
            error={fieldState.error?.message}
          />
        )}
      />
      <SelectField
        label="Application"
        options={apps.map((app) => ({ value: app.appId, label: app.name }))}
        error={form.formState.errors.appId?.message}
        {...form.register('appId', { onChange: onEdit })}
      />
      <Button type="submit" disabled={busy}>
        Release license
      </Button>
    </form>
  );
}
