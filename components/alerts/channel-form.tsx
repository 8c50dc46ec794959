'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { SelectField } from '@/components/forms/select-field';
import { fieldNamedBy, showServerFieldError } from '@/components/forms/server-field-error';
import { TextField } from '@/components/forms/text-field';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { callEndpoint } from '@/lib/endpoint/client';
import { addChannelEndpoint, ChannelFormSchema, type ChannelForm as FormValues } from '@/lib/features/alerts/contract';

const FIELDS = ['type', 'name', 'url', 'format', 'recipients', 'smtpUrl'] as const;
const BLANK: FormValues = { type: 'webhook', name: '', url: '', format: 'plain', recipients: '', smtpUrl: '' };
const TYPE_OPTIONS = [
  { value: 'webhook', label: 'Webhook' },
  { value: 'email', label: 'E-mail' },
];
const FORMAT_OPTIONS = [
  { value: 'plain', label: 'Plain JSON' },
  { value: 'slack', label: 'Slack' },
  { value: 'teams', label: 'Microsoft Teams (Workflows)' },
];

/**
 * "Add channel": a webhook (URL, payload format) or e-mail (recipients, and an SMTP URL unless the
 * server has SMTP_URL). The URL goes to the server once and comes back masked; `onAdded` refreshes.
 */
export function ChannelForm({ smtpConfigured, onAdded }: { smtpConfigured: boolean; onAdded: () => void }) {
  const form = useForm({ resolver: zodResolver(ChannelFormSchema), defaultValues: BLANK });
  const type = useWatch({ control: form.control, name: 'type' });
  const { errors } = form.formState;
  const fieldError = (name: (typeof FIELDS)[number]) => errors[name]?.message;

  const add = useMutation({
    mutationFn: (values: FormValues) => callEndpoint(addChannelEndpoint, values),
    onSuccess: () => {
      form.reset({ ...BLANK, type });
      onAdded();
    },
    onError: (error) => showServerFieldError(form.setError, FIELDS, error),
  });
  // The form's own text is sent (the server parses it with the same schema), not the parsed values.
  const submit = useLockedSubmit(form.handleSubmit, async () => {
    await add.mutateAsync(form.getValues()).catch(() => undefined);
  });
  const otherError = fieldNamedBy(FIELDS, add.error) ? null : add.error;

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4" aria-label="Add channel">
      {otherError ? <ApiErrorNotice error={otherError} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Type" options={TYPE_OPTIONS} error={fieldError('type')} {...form.register('type')} />
        <TextField label="Name" hint="How the page and the audit log name it." error={fieldError('name')} {...form.register('name')} />
      </div>
      {type === 'webhook' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Webhook URL"
            type="url"
            hint="http:// or https://; stored encrypted, shown masked."
            error={fieldError('url')}
            {...form.register('url')}
          />
          <SelectField label="Payload" options={FORMAT_OPTIONS} error={fieldError('format')} {...form.register('format')} />
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Recipients"
            hint="E-mail addresses, separated by commas."
            error={fieldError('recipients')}
            {...form.register('recipients')}
          />
          <TextField
            label={smtpConfigured ? 'SMTP URL (optional)' : 'SMTP URL'}
            hint={smtpConfigured ? 'Empty: the server’s SMTP_URL.' : 'smtp://user:password@host:587; stored encrypted, shown masked.'}
            error={fieldError('smtpUrl')}
            {...form.register('smtpUrl')}
          />
        </div>
      )}
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add channel'}
      </Button>
    </form>
  );
}
