import { errors } from 'undici';
import { describe, expect, it } from 'vitest';
import { transportFailure, unreachableCause } from './transport-errors';

function withCode(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('unreachableCause', () => {
  it('names undici timeouts and the call timeout as timed out', () => {
    expect(unreachableCause(new errors.ConnectTimeoutError())).toBe('timed-out');
    expect(unreachableCause(new errors.HeadersTimeoutError())).toBe('timed-out');
    expect(unreachableCause(new errors.BodyTimeoutError())).toBe('timed-out');
    expect(unreachableCause(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe('timed-out');
    expect(unreachableCause(new DOMException('This operation was aborted', 'AbortError'))).toBe('timed-out');
  });

  it('names refused, unknown, reset and untrusted connections, also when wrapped', () => {
    expect(unreachableCause(withCode('ECONNREFUSED'))).toBe('connection-refused');
    expect(unreachableCause(withCode('ENOTFOUND'))).toBe('name-not-found');
    expect(unreachableCause(new errors.SocketError('other side closed'))).toBe('connection-reset');
    expect(unreachableCause(withCode('ECONNRESET'))).toBe('connection-reset');
    expect(unreachableCause(withCode('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('certificate-not-trusted');
    expect(unreachableCause(new TypeError('fetch failed', { cause: withCode('CERT_HAS_EXPIRED') }))).toBe('certificate-not-trusted');
    expect(unreachableCause(new Error('something else'))).toBe('network');
  });
});

describe('transportFailure', () => {
  it('turns an answer over the size limit into an invalid response', () => {
    const error = transportFailure(new errors.ResponseExceededMaxSizeError(), 'https://p.example/portal/x', 'https://p.example/portal/x');
    expect(error).toMatchObject({ kind: 'invalid-response', messages: ['The answer is larger than 64 MB.'] });
  });

  it('names the portal origin and the cause of anything else', () => {
    const error = transportFailure(withCode('ECONNREFUSED'), 'https://p.example/portal/x?token=abc', 'https://p.example/portal/x');
    expect(error).toMatchObject({
      kind: 'unreachable',
      unreachableCause: 'connection-refused',
      url: 'https://p.example/portal/x',
      messages: ['Cannot reach https://p.example: connection refused.'],
    });
  });
});
