import { describe, expect, it } from 'vitest';
import type { AlertCondition } from './alert-evaluate';
import { routeTransitions } from './alert-routing';

const condition: AlertCondition = { key: 'seats:app:x', rule: 'seats', subject: 'app:x', level: 'at-100', rank: 2, title: 'X full', detail: 'd' };
const channels = [
  { id: 1, name: 'Hook' },
  { id: 2, name: 'Mail' },
];

describe('routeTransitions', () => {
  it('makes one notification per channel of the transition, skipping channels that are gone', () => {
    const routed = routeTransitions([{ event: 'escalate', condition, from: 'at-90', channelIds: [1, 2, 9] }], channels, 'https://p/portal', 7);
    expect(routed.map((r) => r.channelName)).toEqual(['Hook', 'Mail']);
    expect(routed[0]?.message).toEqual({
      event: 'escalate',
      portal: 'https://p/portal',
      rule: 'seats',
      key: 'seats:app:x',
      level: 'at-100',
      from: 'at-90',
      title: 'X full',
      detail: 'd',
      at: 7,
    });
  });
});
