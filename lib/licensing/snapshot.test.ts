import { describe, expect, it } from 'vitest';
import { portalRefOf } from './snapshot';

describe('portalRefOf', () => {
  it('files rows under the configured URL without its trailing slash and the organization id', () => {
    expect(portalRefOf('https://gis.example.com/portal/', { orgId: 'Xj8eD3kL' })).toEqual({
      url: 'https://gis.example.com/portal',
      orgId: 'Xj8eD3kL',
    });
  });

  it('groups a portal that reported no organization id under an empty one', () => {
    expect(portalRefOf('https://gis.example.com/portal', {})).toEqual({ url: 'https://gis.example.com/portal', orgId: '' });
  });
});
