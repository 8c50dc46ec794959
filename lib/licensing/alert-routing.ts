import type { AlertMessage } from './alert-payloads';
import type { AlertTransition } from './alert-transitions';

// Each transition as the notification each of its channels is sent.

/** The notification of `transition` about `portal` (its configured URL) at `at` (epoch ms). */
function alertMessage(transition: AlertTransition, portal: string, at: number): AlertMessage {
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

/** One notification per transition and channel it names; channels that no longer exist are skipped. */
export function routeTransitions(
  transitions: readonly AlertTransition[],
  channels: readonly { id: number; name: string }[],
  portal: string,
  at: number,
): { channelId: number; channelName: string; message: AlertMessage }[] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  return transitions.flatMap((transition) =>
    transition.channelIds.flatMap((id) => {
      const channel = byId.get(id);
      return channel ? [{ channelId: channel.id, channelName: channel.name, message: alertMessage(transition, portal, at) }] : [];
    }),
  );
}
