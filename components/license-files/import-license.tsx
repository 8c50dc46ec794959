'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { LicenseFileField } from '@/components/forms/license-file-field';
import { fieldNamedBy, showServerFieldError } from '@/components/forms/server-field-error';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { buttonVariants } from '@/components/ui/button-variants';
import { Notice } from '@/components/ui/notice';
import { Section } from '@/components/ui/section';
import { TechnicalDetails } from '@/components/ui/technical-details';
import { importWarnings } from '@/lib/licensing/import-warnings';
import { diffLicense } from '@/lib/licensing/license-diff';
import { ValidateLicenseFormSchema } from '@/lib/schemas/license-upload';
import { callEndpoint, UploadCancelledError, type OutputOf, type UploadProgress as Progress } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { importLicenseEndpoint, validateLicenseEndpoint, type ValidationView } from '@/lib/features/license-files/contract';
import { countsEndpoint, licenseEndpoint } from '@/lib/features/overview/contract';
import { ImportConfirmDialog } from './import-confirm-dialog';
import { LicensePreview } from './license-preview';
import { UploadProgress } from './upload-progress';

type Flow =
  { step: 'choose' } | { step: 'preview'; file: File; view: ValidationView } | { step: 'done'; result: OutputOf<typeof importLicenseEndpoint> };

const FIELDS = ValidateLicenseFormSchema.keyof().options;

const OPERATIONS = [
  { name: 'validateLicense', does: 'the portal reads the file and answers what it holds (step 1); nothing changes.' },
  { name: 'importLicense', does: 'the portal applies the file (after the confirmation); it replaces the user types, apps and bundles.' },
];

/**
 * Validate → preview → import. The file goes to the portal's validateLicense first; the preview
 * compares it with the license now; only then can it be imported, and the dashboard's server
 * refuses an import without the proof the validation returned. Cancel sends nothing more.
 */
export function ImportLicense() {
  const queryClient = useQueryClient();
  const [flow, setFlow] = useState<Flow>({ step: 'choose' });
  const form = useForm({ resolver: zodResolver(ValidateLicenseFormSchema), mode: 'onChange' });
  // A file input cannot be emptied through React: a new key gives a new, empty one.
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<Progress>();
  const [confirming, setConfirming] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  const validate = useMutation({
    mutationFn: ({ file, signal }: { file: File; signal: AbortSignal }) =>
      callEndpoint(validateLicenseEndpoint, { file }, { onProgress: setProgress, signal }),
    onSuccess: (view, { file }) => {
      // The preview read the license and counts afresh: the other pages may use them too.
      queryClient.setQueryData(queryKeyOf(licenseEndpoint), view.current);
      queryClient.setQueryData(queryKeyOf(countsEndpoint), view.counts);
      setFlow({ step: 'preview', file, view });
    },
  });

  const importFile = useMutation({
    mutationFn: ({ file, proof }: { file: File; proof: string }) =>
      callEndpoint(importLicenseEndpoint, { file, validation: proof }, { onProgress: setProgress }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['license'] });
      setFlow({ step: 'done', result });
    },
  });

  const submit = useLockedSubmit(form.handleSubmit, async ({ file }) => {
    validate.reset();
    setProgress(undefined);
    abortRef.current = new AbortController();
    // Awaited so that the form stays locked until the answer; any other failure shows from the mutation's state.
    await validate.mutateAsync({ file, signal: abortRef.current.signal }).catch((error: unknown) => {
      showServerFieldError(form.setError, FIELDS, error);
    });
  });

  function startOver() {
    abortRef.current?.abort();
    validate.reset();
    importFile.reset();
    setConfirming(false);
    form.reset();
    setInputKey((key) => key + 1);
    setProgress(undefined);
    setFlow({ step: 'choose' });
  }

  if (flow.step === 'done') {
    return (
      <div className="space-y-4">
        <Notice kind="success" title={`Imported ${flow.result.fileName}.`}>
          <p>The organization&apos;s license now has the file&apos;s seats and dates; the overview shows the new figures.</p>
        </Notice>
        <div className="flex flex-wrap gap-3">
          <Link href="/" className={buttonVariants()}>
            Open the overview
          </Link>
          <Button variant="secondary" onClick={startOver}>
            Import another file
          </Button>
        </div>
      </div>
    );
  }

  if (flow.step === 'preview') {
    const { view, file } = flow;
    const rows = diffLicense(view.current.license, view.file, view.counts.counts, view.asOf);
    const warnings = importWarnings(rows, view.file, view.current.license.version, view.asOf);
    return (
      <div className="space-y-6">
        <LicensePreview view={view} rows={rows} warnings={warnings} />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button variant={warnings.length > 0 ? 'danger' : 'primary'} onClick={() => setConfirming(true)} disabled={importFile.isPending}>
            {importFile.isPending ? 'Importing…' : 'Import license'}
          </Button>
          <Button variant="secondary" onClick={startOver} disabled={importFile.isPending}>
            Cancel
          </Button>
          {importFile.isPending ? <UploadProgress progress={progress} action="The portal is importing it…" /> : null}
        </div>
        <ApiErrorNotice error={importFile.error} />
        <ImportConfirmDialog
          open={confirming}
          fileName={view.fileName}
          kindLabel={view.kind === 'kubernetes' ? 'organization (Enterprise on Kubernetes)' : 'organization'}
          warnings={warnings}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            importFile.mutate({ file, proof: view.validation.proof });
          }}
        />
      </div>
    );
  }

  const cancelled = validate.error instanceof UploadCancelledError;
  return (
    <Section
      id="choose-file"
      title="1. Validate the file"
      description="The portal checks the file first; you then see what it would change before anything is imported."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <LicenseFileField
          control={form.control}
          name="file"
          accept=".json,.prvc"
          hint="The .json (or .prvc) license file from My Esri, at most 5 MB."
          disabled={validate.isPending}
          resetKey={inputKey}
          onPick={() => validate.reset()}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={validate.isPending || form.formState.isSubmitting}>
            {validate.isPending ? 'Validating…' : 'Validate'}
          </Button>
          {validate.isPending ? (
            <Button variant="secondary" onClick={startOver}>
              Cancel
            </Button>
          ) : null}
        </div>
        {validate.isPending ? <UploadProgress progress={progress} action="The portal is validating it…" /> : null}
        {!cancelled && !fieldNamedBy(FIELDS, validate.error) ? <ApiErrorNotice error={validate.error} /> : null}
      </form>
      <div className="mt-4">
        <TechnicalDetails operations={OPERATIONS}>
          <p>
            Both send the file as the multipart form field <code className="font-mono text-xs">file</code>. The dashboard&apos;s server imports only a
            file the portal validated in the same session.
          </p>
        </TechnicalDetails>
      </div>
    </Section>
  );
}
