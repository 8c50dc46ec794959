import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '@/lib/api-client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { licenseManagerEndpoint } from '@/lib/features/license-manager/contract';
import { afterRestartQuery } from './use-after-restart';

// The read after the restart, against a stubbed GET /api/license-manager.

const VIEW = { kind: 'portal', asOf: 1, licenseManager: { hosts: ['lm1.example.com'], port: 27001 }, licenseManagerRequired: false };

let client: QueryClient;

beforeEach(() => {
  client = new QueryClient();
});
afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

function answer(body: object, status = 200) {
  const route = vi.fn(async (url: string) => {
    expect(url).toBe('/api/license-manager');
    return Response.json(body, { status });
  });
  vi.stubGlobal('fetch', route);
  return route;
}

describe('reading the License Manager after the restart', () => {
  it('gives the value and fills the page’s own query with it', async () => {
    answer(VIEW);
    await expect(client.fetchQuery(afterRestartQuery(1))).resolves.toEqual({ step: 'read', view: VIEW });
    expect(client.getQueryData(queryKeyOf(licenseManagerEndpoint))).toEqual(VIEW);
  });

  it('turns the restart having ended the session into an outcome, not an error the app would leave the page for', async () => {
    for (const code of ['session_expired', 'unauthorized']) {
      answer({ error: { code, message: 'Sign in again.' } }, 401);
      const onError = vi.fn();
      client.getQueryCache().config.onError = onError;
      await expect(client.fetchQuery(afterRestartQuery(code.length))).resolves.toEqual({ step: 'signed-out' });
      expect(onError).not.toHaveBeenCalled();
    }
    expect(client.getQueryData(queryKeyOf(licenseManagerEndpoint))).toBeUndefined();
  });

  it('fails, once, on any other refusal', async () => {
    const route = answer({ error: { code: 'portal_unreachable', message: 'Cannot reach the portal.' } }, 502);
    const failure = client.fetchQuery(afterRestartQuery(2));
    await expect(failure).rejects.toBeInstanceOf(ApiClientError);
    await expect(failure).rejects.toMatchObject({ code: 'portal_unreachable' });
    expect(route).toHaveBeenCalledTimes(1);
  });
});
