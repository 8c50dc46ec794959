'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ApiClientError } from '@/lib/api-client';
import { callEndpoint } from '@/lib/endpoint/client';
import { signInEndpoint } from '@/lib/features/session/contract';
import { fieldErrors } from '@/lib/schemas/describe-issue';
import { SignInSchema } from '@/lib/schemas/sign-in';
import { TextField } from '@/components/forms/text-field';

export function SignInForm({ returnTo, initial }: { returnTo: string; initial?: { username: string; password: string } }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ message: string; details?: string[] } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = SignInSchema.safeParse({ username: form.get('username'), password: form.get('password') });
    setFailure(null);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await callEndpoint(signInEndpoint, parsed.data);
      window.location.assign(returnTo);
    } catch (error) {
      setPending(false);
      if (error instanceof ApiClientError) {
        if (error.field) setErrors({ [error.field]: error.message });
        else setFailure({ message: error.message, details: error.details });
      } else {
        setFailure({ message: 'The dashboard could not be reached. Check your connection and try again.' });
      }
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {failure ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
          <p className="font-medium">{failure.message}</p>
          {failure.details?.map((line) => <p key={line}>{line}</p>)}
        </div>
      ) : null}
      <TextField name="username" label="Username" autoComplete="username" defaultValue={initial?.username} error={errors.username} required />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        defaultValue={initial?.password}
        error={errors.password}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
