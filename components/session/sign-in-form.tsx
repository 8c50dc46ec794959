'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { callEndpoint } from '@/lib/endpoint/client';
import { signInEndpoint } from '@/lib/features/session/contract';
import { SignInSchema } from '@/lib/schemas/sign-in';
import { showServerFieldError } from '@/components/forms/server-field-error';
import { TextField } from '@/components/forms/text-field';
import { useLockedSubmit } from '@/components/forms/use-locked-submit';

const FIELDS = SignInSchema.keyof().options;

export function SignInForm({ returnTo, initial }: { returnTo: string; initial?: { username: string; password: string } }) {
  const form = useForm({ resolver: zodResolver(SignInSchema), defaultValues: initial ?? { username: '', password: '' } });
  const [failure, setFailure] = useState<unknown>(null);
  // Set once the portal said yes: the button stays busy while the browser leaves for the page.
  const [leaving, setLeaving] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const submit = useLockedSubmit(form.handleSubmit, async (values) => {
    setFailure(null);
    try {
      await callEndpoint(signInEndpoint, values);
      setLeaving(true);
      window.location.assign(returnTo);
    } catch (error) {
      if (!showServerFieldError(form.setError, FIELDS, error)) setFailure(error);
    }
  });

  const pending = isSubmitting || leaving;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <ApiErrorNotice error={failure} />
      <TextField label="Username" autoComplete="username" error={errors.username?.message} required {...form.register('username')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        required
        {...form.register('password')}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
