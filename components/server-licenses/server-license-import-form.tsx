'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { LicenseFileField } from '@/components/forms/license-file-field';
import { RadioGroupField, type RadioChoice } from '@/components/forms/radio-group-field';
import { fieldNamedBy, showServerFieldError } from '@/components/forms/server-field-error';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import type { ServerAuthorization } from '@/lib/licensing/server-licenses';
import { ImportServerLicenseFormSchema } from '@/lib/schemas/license-upload';
import { UploadProgress } from '@/components/license-files/upload-progress';
import { callEndpoint, type UploadProgress as Progress } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { importServerLicensesEndpoint, serverLicensesEndpoint } from '@/lib/features/server-licenses/contract';
import { ImportOutcome } from './import-outcome';
import { ReplaceConfirmDialog } from './replace-confirm-dialog';

type Mode = 'false' | 'true';

const FIELDS = ImportServerLicenseFormSchema.keyof().options;

const MODES: readonly RadioChoice<Mode>[] = [
  {
    value: 'false',
    label: 'Append to current authorizations',
    hint: 'Adds the file’s authorizations; those of the same name take the file’s dates.',
  },
  { value: 'true', label: 'Replace current authorizations', hint: 'Removes every current authorization; only the file’s remain (asks again first).' },
];

/**
 * Imports a server authorization file (Enterprise on Kubernetes): append the file's authorizations
 * (default), or replace them all, which asks a second time and lists what goes. Afterwards it says
 * what changed, as read back from the server.
 */
export function ServerLicenseImportForm({ current }: { current: readonly ServerAuthorization[] }) {
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(ImportServerLicenseFormSchema), mode: 'onChange', defaultValues: { overwrite: 'false' } });
  const mode = useWatch({ control: form.control, name: 'overwrite' });
  // A file input cannot be emptied through React: a new key gives a new, empty one.
  const [inputKey, setInputKey] = useState(0);
  const [pendingReplace, setPendingReplace] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress>();

  const upload = useMutation({
    mutationFn: ({ file, overwrite }: { file: File; overwrite: Mode }) =>
      callEndpoint(importServerLicensesEndpoint, { licenseFile: file, overwrite }, { onProgress: setProgress }),
    onSuccess: () => {
      form.resetField('licenseFile');
      setInputKey((key) => key + 1);
      void queryClient.invalidateQueries({ queryKey: queryKeyOf(serverLicensesEndpoint) });
    },
  });

  /** Sends the file; resolves with the answer, a refused field shown beside it, any other failure from the mutation's state. */
  async function send(file: File, overwrite: Mode): Promise<void> {
    setProgress(undefined);
    await upload.mutateAsync({ file, overwrite }).catch((error: unknown) => {
      showServerFieldError(form.setError, FIELDS, error);
    });
  }

  const submit = useLockedSubmit(form.handleSubmit, async ({ licenseFile, overwrite }) => {
    upload.reset();
    if (overwrite === 'true') setPendingReplace(licenseFile);
    // Awaited so that the form stays locked until the answer.
    else await send(licenseFile, 'false');
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <LicenseFileField
        control={form.control}
        name="licenseFile"
        accept=".epc,.prvc"
        hint="The ArcGIS Server authorization file (.epc or .prvc), at most 5 MB."
        disabled={upload.isPending}
        resetKey={inputKey}
        onPick={() => upload.reset()}
      />
      <Controller
        control={form.control}
        name="overwrite"
        render={({ field, fieldState }) => (
          <RadioGroupField
            legend="How to apply it"
            name={field.name}
            choices={MODES}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error?.message}
            disabled={upload.isPending}
          />
        )}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={mode === 'true' ? 'danger' : 'primary'} disabled={upload.isPending || form.formState.isSubmitting}>
          {upload.isPending ? 'Importing…' : 'Import'}
        </Button>
        {upload.isPending ? <UploadProgress progress={progress} action="ArcGIS Server is importing it…" /> : null}
      </div>
      {upload.isSuccess ? <ImportOutcome result={upload.data} /> : null}
      {fieldNamedBy(FIELDS, upload.error) ? null : <ApiErrorNotice error={upload.error} />}
      <ReplaceConfirmDialog
        open={pendingReplace !== null}
        fileName={pendingReplace?.name ?? ''}
        current={current}
        onCancel={() => setPendingReplace(null)}
        onConfirm={() => {
          const file = pendingReplace;
          setPendingReplace(null);
          if (file) void send(file, 'true');
        }}
      />
    </form>
  );
}
