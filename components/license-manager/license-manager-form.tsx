'use client';

import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/forms/text-field';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ApiClientError } from '@/lib/api-client';
import { callEndpoint } from '@/lib/endpoint/client';
import { updateLicenseManagerEndpoint, type LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { describeLicenseManager, requestedLicenseManager } from '@/lib/licensing/license-manager';
import { fieldErrors } from '@/lib/schemas/describe-issue';
import {
  DEFAULT_LICENSE_MANAGER_PORT,
  LicenseManagerFormSchema,
  type LicenseManagerForm as FormValues,
} from '@/lib/schemas/license-manager-form';

type Fields = { primaryHost: string; backupHost: string; port: string };

/**
 * "Update License Manager": checked field by field before anything is sent, then a confirmation
 * that says the portal restarts, then one POST. What the portal answered goes to `onAccepted`.
 */
export function LicenseManagerForm({ onAccepted }: { onAccepted: (result: LicenseManagerUpdateResult) => void }) {
  const [fields, setFields] = useState<Fields>({ primaryHost: '', backupHost: '', port: String(DEFAULT_LICENSE_MANAGER_PORT) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState<FormValues | null>(null);

  const update = useMutation({
    mutationFn: (values: FormValues) => callEndpoint(updateLicenseManagerEndpoint, values),
    onSuccess: (result) => {
      setConfirming(null);
      onAccepted(result);
    },
    onError: (error) => {
      setConfirming(null);
      if (error instanceof ApiClientError && error.field) setErrors({ [error.field]: error.message });
    },
  });

  function check(next: Fields) {
    const parsed = LicenseManagerFormSchema.safeParse(next);
    setErrors(parsed.success ? {} : fieldErrors(parsed.error));
    return parsed;
  }

  function change(name: keyof Fields, value: string) {
    const next = { ...fields, [name]: value };
    setFields(next);
    // Before the first submit the admin is still typing; after it, messages follow each correction.
    if (submitted) check(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    update.reset();
    const parsed = check(fields);
    if (parsed.success) setConfirming(parsed.data);
  }

  const pending = update.isPending;
  const portalError = update.error instanceof ApiClientError && update.error.field ? null : update.error;

  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
        {portalError ? <ApiErrorNotice error={portalError} /> : null}
        <TextField
          name="primaryHost"
          label="Primary host"
          hint="Host name of the ArcGIS License Manager, for example licensemanager.example.com (no http://, no port)."
          autoComplete="off"
          spellCheck={false}
          value={fields.primaryHost}
          onChange={(event) => change('primaryHost', event.target.value)}
          error={errors.primaryHost}
        />
        <TextField
          name="backupHost"
          label="Backup host (optional)"
          hint="A second License Manager authorized with the same license file, used when the primary is down."
          autoComplete="off"
          spellCheck={false}
          value={fields.backupHost}
          onChange={(event) => change('backupHost', event.target.value)}
          error={errors.backupHost}
        />
        <TextField
          name="port"
          label="Port"
          hint="Usually 27000."
          inputMode="numeric"
          autoComplete="off"
          className="max-w-48"
          value={fields.port}
          onChange={(event) => change('port', event.target.value)}
          error={errors.port}
        />
        <Button type="submit" disabled={pending}>
          Update License Manager
        </Button>
      </form>

      <ConfirmDialog
        open={confirming !== null}
        title="Update the License Manager and restart the portal?"
        confirmLabel="Update and restart"
        pendingLabel="Updating…"
        danger
        pending={pending}
        onConfirm={() => confirming && update.mutate(confirming)}
        onCancel={() => setConfirming(null)}
      >
        {confirming ? (
          <>
            <p>
              The portal will use the License Manager at <strong className="break-words">{describeLicenseManager(requestedLicenseManager(confirming))}</strong>.
            </p>
            <p>
              To apply it the portal <strong>restarts by itself</strong>: for a few minutes nobody can use the portal or sign in,
              and everyone who is signed in, you included, is signed out.
            </p>
            <p>This page waits for the portal to come back, then shows the License Manager it reports.</p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
