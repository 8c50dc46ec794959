'use client';

import { useState, type FormEvent } from 'react';
import { MemberCombobox } from '@/components/forms/member-combobox';
import { SelectField } from '@/components/forms/select-field';
import { Button } from '@/components/ui/button';
import type { ReleasableApp } from '@/lib/licensing/releasable-apps';
import { fieldErrors } from '@/lib/schemas/describe-issue';
import { ReleaseLicenseSchema, type ReleaseLicenseInput } from '@/lib/schemas/release-license';

/** Release by hand: any username (with suggestions from the member search) and one of the apps this deployment can release. */
export function ReleaseForm({
  apps,
  busy,
  onRequest,
}: {
  apps: readonly ReleasableApp[];
  busy: boolean;
  onRequest: (input: ReleaseLicenseInput) => void;
}) {
  const [username, setUsername] = useState('');
  const [appId, setAppId] = useState<string>(apps[0]?.appId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);

  function check(values: { username: string; appId: string }) {
    const parsed = ReleaseLicenseSchema.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    return parsed;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const parsed = check({ username, appId });
    if (parsed.success) onRequest(parsed.data);
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      <MemberCombobox
        label="Username"
        name="username"
        value={username}
        onChange={(value) => {
          setUsername(value);
          if (submitted) check({ username: value, appId });
        }}
        hint="Suggestions come from the portal's members as you type; any username can be entered."
        error={errors.username}
      />
      <SelectField
        label="Application"
        name="appId"
        value={appId}
        onChange={(event) => {
          setAppId(event.target.value);
          if (submitted) check({ username, appId: event.target.value });
        }}
        options={apps.map((app) => ({ value: app.appId, label: app.name }))}
        error={errors.appId}
      />
      <Button type="submit" disabled={busy}>
        Release license
      </Button>
    </form>
  );
}
