import { ApiError } from '../../http/api-error';
import { describe, expect, it } from 'vitest';
import { ArcGISError, type UnreachableCause } from '../../arcgis/errors';
import { auditResultOf } from './outcome';

const url = 'https://gis.example.com/portal/portaladmin/license/releaseLicense';
const unreachable = (cause: UnreachableCause) =>
  new ArcGISError({ kind: 'unreachable', url, messages: [`The portal could not be reached (${cause}).`], cause });

describe('auditResultOf', () => {
  it('a refusal in the portal’s words is failed', () => {
    const refused = new ArcGISError({ kind: 'portal', url, messages: ['User jdoe has no license checked out.'] });
    expect(auditResultOf(refused)).toEqual({ outcome: 'failed', portalMessages: ['User jdoe has no license checked out.'] });
  });

  it.each(['connection-refused', 'name-not-found', 'certificate-not-trusted'] as const)('%s sent nothing: failed', (cause) => {
    expect(auditResultOf(unreachable(cause)).outcome).toBe('failed');
  });

  it.each(['timed-out', 'connection-reset', 'network'] as const)('%s after sending: unknown', (cause) => {
    expect(auditResultOf(unreachable(cause)).outcome).toBe('unknown');
  });

  it('an answer the dashboard cannot read, or a proxy’s error page, may hide a change: unknown', () => {
    expect(auditResultOf(new ArcGISError({ kind: 'invalid-response', url, messages: ['not JSON'] })).outcome).toBe('unknown');
    expect(auditResultOf(new ArcGISError({ kind: 'http', url, messages: ['HTTP 502'], httpStatus: 502 })).outcome).toBe('unknown');
  });

  it('the dashboard’s own refusal stopped the change before it was made: failed, in its words', () => {
    const refusal = new ApiError('portal_forbidden', 'The account has the Publisher role.');
    expect(auditResultOf(refusal)).toEqual({ outcome: 'failed', portalMessages: ['The account has the Publisher role.'] });
  });

  it('anything else is unknown with its message', () => {
    expect(auditResultOf(new Error('socket hang up'))).toEqual({ outcome: 'unknown', portalMessages: ['socket hang up'] });
  });
});
