import { describe, expect, it } from 'vitest';
import { ACCESS_MARGIN_MS, refreshPlan, ROTATE_MARGIN_MS } from './token-refresh';

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
