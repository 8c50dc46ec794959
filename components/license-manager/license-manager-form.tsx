'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { fieldNamedBy, showServerFieldError } from '@/components/forms/server-field-error';
import { TextField } from '@/components/forms/text-field';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Notice } from '@/components/ui/notice';
import { callEndpoint } from '@/lib/endpoint/client';
import { updateLicenseManagerEndpoint, type LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { describeLicenseManager, licenseManagerFormValues, requestedLicenseManager } from '@/lib/licensing/license-manager';
import type { LicenseManager } from '@/lib/licensing/license-model';
import {
  DEFAULT_LICENSE_MANAGER_PORT,
  isBlankLicenseManagerForm,
  LicenseManagerFormSchema,
  type LicenseManagerForm as FormValues,
} from '@/lib/schemas/license-manager-form';

const FIELDS = LicenseManagerFormSchema.keyof().options;

/**
 * "Update License Manager", filled with the `current` value: checked field by field before anything
 * is sent, then a confirmation that says the portal restarts, then one POST. What the portal
 * answered goes to `onAccepted`. Where the License Manager is optional (`required` false, 11.4+) a
 * form with no host is nothing to send rather than an error.
 */
export function LicenseManagerForm({
  current,
  required,
  onAccepted,
}: {
  current: LicenseManager | null;
  required: boolean;
  onAccepted: (result: LicenseManagerUpdateResult) => void;
}) {
  const form = useForm({
    resolver: zodResolver(LicenseManagerFormSchema),
    defaultValues: licenseManagerFormValues(current, DEFAULT_LICENSE_MANAGER_PORT),
  });
  const { errors } = form.formState;
  const [confirming, setConfirming] = useState<FormValues | null>(null);
  const [nothingToSend, setNothingToSend] = useState(false);

  const update = useMutation({
    mutationFn: (values: FormValues) => callEndpoint(updateLicenseManagerEndpoint, values),
    onSuccess: (result) => {
      setConfirming(null);
      onAccepted(result);
    },
    onError: (error) => {
      setConfirming(null);
      showServerFieldError(form.setError, FIELDS, error);
    },
  });

  const validateAndConfirm = useLockedSubmit(form.handleSubmit, (values) => {
    update.reset();
    setConfirming(values);
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const blank = !required && isBlankLicenseManagerForm(form.getValues());
    setNothingToSend(blank);
    if (!blank) return validateAndConfirm(event);
    event.preventDefault();
    form.clearErrors();
  };

  const pending = update.isPending;
  const portalError = fieldNamedBy(FIELDS, update.error) ? null : update.error;

  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
        {portalError ? <ApiErrorNotice error={portalError} /> : null}
        {nothingToSend ? (
          <Notice kind="info" title="Nothing was sent: the form names no host.">
            <p>This portal does not need a License Manager, and the dashboard does not remove one. Enter a host to set or change it.</p>
          </Notice>
        ) : null}
        <TextField
          label={required ? 'Primary host' : 'Primary host (optional on this version)'}
          hint="Host name of the ArcGIS License Manager, for example licensemanager.example.com (no http://, no port)."
          autoComplete="off"
          spellCheck={false}
          error={errors.primaryHost?.message}
          {...form.register('primaryHost')}
        />
        <TextField
          label="Backup host (optional)"
          hint="A second License Manager authorized with the same license file, used when the primary is down."
          autoComplete="off"
          spellCheck={false}
          error={errors.backupHost?.message}
          {...form.register('backupHost')}
        />
        <TextField
          label="Port"
          hint="Usually 27000."
          inputMode="numeric"
          autoComplete="off"
          className="max-w-48"
          error={errors.port?.message}
          {...form.register('port')}
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
              The portal will use the License Manager at{' '}
              <strong className="break-words">{describeLicenseManager(requestedLicenseManager(confirming))}</strong>.
            </p>
            <p>
              To apply it the portal <strong>restarts by itself</strong>: for a few minutes nobody can use the portal or sign in, and everyone who is
              signed in, you included, is signed out.
            </p>
            <p>This page waits for the portal to come back, then shows the License Manager it reports.</p>
          </>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
