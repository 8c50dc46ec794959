import { describe, expect, it } from 'vitest';
import type { AlertCondition } from './alert-evaluate';
import { DEFAULT_RULES } from './alert-rules';
import { routeTransitions } from './alert-routing';

const condition: AlertCondition = { key: 'seats:app:x', rule: 'seats', subject: 'app:x', level: 'at-100', rank: 2, title: 'X full', detail: 'd' };

describe('routeTransitions', () => {
  it('sends each transition to every channel of its rule once, skipping channels that are gone', () => {
    const rules = DEFAULT_RULES.map((r) => (r.kind === 'seats' ? { ...r, channelIds: [1, 2, 2, 9] } : { ...r, channelIds: [1] }));
    const channels = [
      { id: 1, name: 'Hook' },
      { id: 2, name: 'Mail' },
    ];
    const routed = routeTransitions([{ event: 'escalate', condition, from: 'at-90' }], rules, channels, 'https://p/portal', 7);
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

  it('sends nothing for a rule without channels', () => {
    expect(routeTransitions([{ event: 'start', condition }], DEFAULT_RULES, [{ id: 1, name: 'Hook' }], 'p', 0)).toEqual([]);
  });
});
