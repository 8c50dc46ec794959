import { describe, expect, it } from 'vitest';
import { ACCESS_MARGIN_MS, collectorRenewal, refreshPlan, ROTATE_MARGIN_MS } from './token-refresh';

const NOW = Date.UTC(2026, 11, 1, 9);
const DAY = 24 * 60 * 60_000;

describe('refreshPlan', () => {
  it('leaves a token with more than the margin left alone', () => {
    expect(refreshPlan({ accessExpires: NOW + ACCESS_MARGIN_MS + 1, refreshToken: 'r', refreshExpires: NOW + 14 * DAY }, NOW)).toBe('current');
  });

  it('refreshes an OAuth access token within the margin or past it, keeping a refresh token with days left', () => {
    expect(refreshPlan({ accessExpires: NOW + ACCESS_MARGIN_MS, refreshToken: 'r', refreshExpires: NOW + 14 * DAY }, NOW)).toBe('refresh');
    expect(refreshPlan({ accessExpires: NOW - 1, refreshToken: 'r', refreshExpires: NOW + 2 * DAY }, NOW)).toBe('refresh');
  });

  it('refreshes when the portal did not say how long the refresh token lives (before 10.9.1)', () => {
    expect(refreshPlan({ accessExpires: NOW - 1, refreshToken: 'r' }, NOW)).toBe('refresh');
  });

  it('rotates a refresh token within a day of its end', () => {
    expect(refreshPlan({ accessExpires: NOW + 60_000, refreshToken: 'r', refreshExpires: NOW + ROTATE_MARGIN_MS }, NOW)).toBe('rotate');
    expect(refreshPlan({ accessExpires: NOW + 60_000, refreshToken: 'r', refreshExpires: NOW + ROTATE_MARGIN_MS + 1 }, NOW)).toBe('refresh');
  });

  it('says expired when nothing is left to renew with', () => {
    expect(refreshPlan({ accessExpires: NOW }, NOW)).toBe('expired');
    expect(refreshPlan({ accessExpires: NOW - 1, refreshToken: 'r', refreshExpires: NOW - 1 }, NOW)).toBe('expired');
  });

  it('lets a password session use its token to the last moment (it cannot be renewed anyway)', () => {
    expect(refreshPlan({ accessExpires: NOW + 1 }, NOW)).toBe('current');
  });
});

describe('collectorRenewal', () => {
  const HOUR = 60 * 60_000;

  it('renews only the access token while the refresh token has more than a day and two intervals left', () => {
    expect(collectorRenewal({ refreshExpires: NOW + 14 * DAY, updatedAt: NOW - 10 * DAY }, 6 * HOUR, NOW)).toBe('refresh');
    expect(collectorRenewal({ refreshExpires: NOW + DAY + 1, updatedAt: NOW }, 6 * HOUR, NOW)).toBe('refresh');
  });

  it('exchanges the refresh token within a day of its end, or within two intervals when they are longer', () => {
    expect(collectorRenewal({ refreshExpires: NOW + ROTATE_MARGIN_MS, updatedAt: NOW - 13 * DAY }, 6 * HOUR, NOW)).toBe('rotate');
    expect(collectorRenewal({ refreshExpires: NOW + 3 * DAY, updatedAt: NOW }, 2 * DAY, NOW)).toBe('rotate');
    expect(collectorRenewal({ refreshExpires: NOW + 4 * DAY + 1, updatedAt: NOW }, 2 * DAY, NOW)).toBe('refresh');
  });

  it('exchanges a refresh token of unknown end (before 10.9.1) once a day, so it never runs out unseen', () => {
    expect(collectorRenewal({ refreshExpires: null, updatedAt: NOW - DAY + 1 }, 6 * HOUR, NOW)).toBe('refresh');
    expect(collectorRenewal({ refreshExpires: null, updatedAt: NOW - DAY }, 6 * HOUR, NOW)).toBe('rotate');
  });

  it('gives up on a refresh token past its end', () => {
    expect(collectorRenewal({ refreshExpires: NOW, updatedAt: NOW - 14 * DAY }, 6 * HOUR, NOW)).toBe('expired');
  });
});
