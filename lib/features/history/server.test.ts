import { describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '../../store/errors';
import type { PortalSession } from '../../session';

// The store out of reach: the overview's trend is an answer saying why; the history read throws the
// error the edge maps to 503 store_unavailable (never a 500).
vi.mock('../../store/app-store', () => ({
  appStore: () => Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 127.0.0.1:5432')),
}));

const { history, trend } = await import('./server');

const session: PortalSession = {
  sessionId: 'session-1',
  portalId: 'main',
  signInMethod: 'password',
  secure: false,
  token: 'token',
  tokenExpires: Date.now() + 3_600_000,
  username: 'admin',
  portalUrl: 'http://127.0.0.1:1/portal',
  referer: 'http://127.0.0.1:2',
  profile: {
    kind: 'portal',
    licensePath: 'portaladmin/license',
    operationsPath: 'portaladmin/license',
    capabilities: {
      release: true,
      releaseTakesAppId: true,
      allSource: true,
      licenseManagerRequired: false,
      serverImport: true,
      futureLicense: true,
      populateLicense: true,
    },
  },
};

describe('history with the store down', () => {
  it('the overview trend says "unavailable" with the reason', async () => {
    const { data } = await trend.prefill(session);
    expect(data).toEqual({
      state: 'unavailable',
      reason: "The dashboard's store is unavailable: connect ECONNREFUSED 127.0.0.1:5432",
    });
  });

  it('the history read throws StoreUnavailableError (503 store_unavailable at the edge)', async () => {
    await expect(history.prefill(session, { range: '90d' })).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
