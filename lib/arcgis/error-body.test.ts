import { describe, expect, it } from 'vitest';
import { readErrorBody } from './error-body';

describe('readErrorBody', () => {
  it('reads nothing from a success body', () => {
    expect(readErrorBody({ status: 'success' })).toBeUndefined();
    expect(readErrorBody([1, 2])).toBeUndefined();
  });

  it('gives an error without a message a message of its own', () => {
    expect(readErrorBody({ error: { code: 500 } })).toEqual({ code: 500, messages: ['The portal reported an error without a message.'] });
    expect(readErrorBody({ status: 'error', messages: [] })).toEqual({
      code: undefined,
      messages: ['The portal reported an error without a message.'],
    });
  });
});
