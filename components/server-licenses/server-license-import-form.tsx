'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FileField } from '@/components/forms/file-field';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { ApiClientError } from '@/lib/api-client';
import type { ServerAuthorization } from '@/lib/licensing/server-licenses';
import { fieldErrors } from '@/lib/schemas/describe-issue';
import { ImportServerLicenseFormSchema } from '@/lib/schemas/license-upload';
import { callEndpoint, type UploadProgress as Progress } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { importServerLicensesEndpoint, serverLicensesEndpoint } from '@/lib/features/server-licenses/contract';
import { UploadProgress } from '@/components/license-files/upload-progress';
import { ReplaceConfirmDialog } from './replace-confirm-dialog';

type Mode = 'false' | 'true';

/**
 * importServerLicenses (Enterprise on Kubernetes): append the file's authorizations (default), or
 * replace them all, which asks a second time and lists what goes.
 */
export function ServerLicenseImportForm({ current }: { current: readonly ServerAuthorization[] }) {
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<Mode>('false');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pendingReplace, setPendingReplace] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress>();
  const groupName = useId();

  const upload = useMutation({
    mutationFn: ({ file, overwrite }: { file: File; overwrite: Mode }) =>
      callEndpoint(importServerLicensesEndpoint, { licenseFile: file, overwrite }, { onProgress: setProgress }),
    onSuccess: () => {
      if (inputRef.current) inputRef.current.value = '';
      void queryClient.invalidateQueries({ queryKey: queryKeyOf(serverLicensesEndpoint) });
    },
  });

  function checked(): File | undefined {
    const parsed = ImportServerLicenseFormSchema.safeParse({ licenseFile: inputRef.current?.files?.[0], overwrite: mode });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return undefined;
    }
    setErrors({});
    return parsed.data.licenseFile;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    upload.reset();
    const file = checked();
    if (!file) return;
    if (mode === 'true') {
      setPendingReplace(file);
      return;
    }
    setProgress(undefined);
    upload.mutate({ file, overwrite: 'false' });
  }

  const fileError = errors.licenseFile ?? (upload.error instanceof ApiClientError && upload.error.field === 'licenseFile' ? upload.error.message : undefined);
  const options: { value: Mode; label: string; hint: string }[] = [
    { value: 'false', label: 'Append to current authorizations', hint: 'Adds the file’s authorizations; those of the same name take the file’s dates.' },
    { value: 'true', label: 'Replace current authorizations', hint: 'Removes every current authorization; only the file’s remain (asks again first).' },
  ];

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FileField
        name="licenseFile"
        label="License file"
        accept=".epc,.prvc"
        hint="The ArcGIS Server authorization file (.epc or .prvc), at most 5 MB."
        inputRef={inputRef}
        error={fileError}
        disabled={upload.isPending}
        onChange={() => {
          upload.reset();
          checked();
        }}
      />
      <fieldset>
        <legend className="text-sm font-medium">How to apply it</legend>
        <div className="mt-1 space-y-2">
          {options.map((option) => (
            <label key={option.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={groupName}
                value={option.value}
                checked={mode === option.value}
                onChange={() => setMode(option.value)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{option.label}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.overwrite ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.overwrite}</p> : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={mode === 'true' ? 'danger' : 'primary'} disabled={upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import'}
        </Button>
        {upload.isPending ? <UploadProgress progress={progress} action="ArcGIS Server is importing it…" /> : null}
      </div>
      {upload.isSuccess ? (
        <Notice
          kind="success"
          title={upload.data.overwrite ? 'Replaced the authorizations with the file’s. The table shows them now.' : 'Appended the file’s authorizations. The table shows them now.'}
        />
      ) : null}
      {fileError ? null : <ApiErrorNotice error={upload.error} />}
      <ReplaceConfirmDialog
        open={pendingReplace !== null}
        fileName={pendingReplace?.name ?? ''}
        current={current}
        onCancel={() => setPendingReplace(null)}
        onConfirm={() => {
          const file = pendingReplace;
          setPendingReplace(null);
          if (!file) return;
          setProgress(undefined);
          upload.mutate({ file, overwrite: 'true' });
        }}
      />
    </form>
  );
}
