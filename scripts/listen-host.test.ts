import { describe, expect, it } from 'vitest';
import { listenHost } from './listen-host';

describe('the address npm start listens on', () => {
  it('is loopback only in demo mode, whose sign-in page fills in the administrator’s password', () => {
    expect(listenHost({ demo: true, host: undefined })).toBe('127.0.0.1');
    expect(listenHost({ demo: true, host: '  ' })).toBe('127.0.0.1');
  });

  it('is HOST when it is set, in demo mode too', () => {
    expect(listenHost({ demo: true, host: '0.0.0.0' })).toBe('0.0.0.0');
    expect(listenHost({ demo: false, host: '10.0.0.5' })).toBe('10.0.0.5');
  });

  it('is Next.js’s default (every interface) for a real portal without HOST', () => {
    expect(listenHost({ demo: false, host: undefined })).toBeUndefined();
  });
});
