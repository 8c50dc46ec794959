import type { AlertMessage } from './alert-payloads';
import type { AlertRule } from './alert-rules';
import type { AlertTransition } from './alert-transitions';

// Which channel hears which transition: the channels its rule names, each once.

/** The notification of `transition` about `portal` (its configured URL) at `at` (epoch ms). */
export function alertMessage(transition: AlertTransition, portal: string, at: number): AlertMessage {
  const { condition } = transition;
  return {
    event: transition.event,
    portal,
    rule: condition.rule,
    key: condition.key,
    level: condition.level,
    from: transition.from ?? null,
    title: condition.title,
    detail: condition.detail,
    at,
  };
}

/** One notification per transition and channel of its rule; channels that no longer exist are skipped. */
export function routeTransitions(
  transitions: readonly AlertTransition[],
  rules: readonly AlertRule[],
  channels: readonly { id: number; name: string }[],
  portal: string,
  at: number,
): { channelId: number; channelName: string; message: AlertMessage }[] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  return transitions.flatMap((transition) => {
    const rule = rules.find((r) => r.kind === transition.condition.rule);
    const targets = [...new Set(rule?.channelIds ?? [])].flatMap((id) => byId.get(id) ?? []);
    return targets.map((channel) => ({ channelId: channel.id, channelName: channel.name, message: alertMessage(transition, portal, at) }));
  });
}
