import { describe, expect, it } from 'vitest';
import { json } from './route';

describe('json', () => {
  it('sends a small body as it is and never cached', async () => {
    const response = json({ used: 53, purchased: 200 });
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ used: 53, purchased: 200 });
  });

  it('leaves a body of more than one round trip to compression', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ username: `member${i}`, app: 'arcgisprodesktop' }));
    const response = json({ rows }, { status: 201, headers: { 'Retry-After': '5' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.status).toBe(201);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await response.json()).rows).toHaveLength(500);
  });
});
