import { describe, expect, it } from 'vitest';
import { redactToken, redactUrl } from './redact';

describe('redaction', () => {
  it('redacts tokens from URLs', () => {
    expect(redactUrl('https://p.example/portal/x?f=json&token=abc')).toBe('https://p.example/portal/x?f=json');
  });

  it('redacts the token wherever a message repeats it', () => {
    expect(redactToken('token abc, again abc', 'abc')).toBe('token [redacted], again [redacted]');
    expect(redactToken('nothing to hide', undefined)).toBe('nothing to hide');
  });
});
