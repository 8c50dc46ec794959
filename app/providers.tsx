'use client';

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiClientError, signInPath } from '@/lib/api-client';

function sendToSignIn(error: unknown): void {
  if (error instanceof ApiClientError && error.needsSignIn) {
    const returnTo = `${window.location.pathname}${window.location.search}`;
    window.location.assign(signInPath(error.code === 'session_expired' ? 'expired' : undefined, returnTo));
  }
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({ onError: sendToSignIn }),
        mutationCache: new MutationCache({ onError: sendToSignIn }),
        defaultOptions: {
          queries: {
            staleTime: 60_000,
            // Reads are retried once for a passing network blip, never for an answer the dashboard gave.
            retry: (failureCount, error) => !(error instanceof ApiClientError) && failureCount < 1,
          },
          mutations: { retry: false },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
