import type { AlertCondition } from './alert-evaluate';
import type { AlertRuleKind } from './alert-rules';

// Once per condition and channel (issue 14): a condition notifies when it starts, again when it
// escalates (30 → 7 days, 90 % → 100 % → over), and once when it clears; an unchanged condition never
// notifies again, however often it is evaluated. Each condition remembers which channels heard its
// current state, so a channel added later (or ticked on the rule later) still hears what is firing,
// once, and nobody else hears it twice. A condition that eases (100 % → 90 %) is recorded without a
// notification, so that reaching 100 % again is an escalation again.

/** What is firing, as kept between evaluations. `since`: epoch ms it started; `heard`: the channels told of its current state. */
export interface FiringCondition extends AlertCondition {
  since: number;
  heard: number[];
}

export const ALERT_EVENTS = ['start', 'escalate', 'clear'] as const;
type AlertEvent = (typeof ALERT_EVENTS)[number];

/** One notification to send to `channelIds`: the event and the condition as it is now (for clear: as it was last). */
export interface AlertTransition {
  event: AlertEvent;
  condition: AlertCondition;
  /** The level before an escalation. */
  from?: string;
  channelIds: number[];
}

/**
 * Compares what fired before with what holds now. `channelsOf` gives the channels each rule notifies
 * now. Returns the notifications to send and the firing set to keep. Conditions of rules not in
 * `evaluated` (their input missing this time) are kept as they were, without a notification. `now`
 * (epoch ms) is the `since` of a new condition.
 */
export function alertTransitions(
  firing: readonly FiringCondition[],
  current: readonly AlertCondition[],
  evaluated: ReadonlySet<AlertRuleKind>,
  now: number,
  channelsOf: (rule: AlertRuleKind) => readonly number[],
): { transitions: AlertTransition[]; firing: FiringCondition[] } {
  const before = new Map(firing.map((c) => [c.key, c]));
  const transitions: AlertTransition[] = [];
  const next: FiringCondition[] = [];
  const seen = new Set<string>();
  const send = (transition: AlertTransition) => {
    if (transition.channelIds.length > 0) transitions.push(transition);
  };
  for (const condition of current) {
    if (seen.has(condition.key)) continue;
    seen.add(condition.key);
    const previous = before.get(condition.key);
    const channels = [...new Set(channelsOf(condition.rule))];
    if (!previous || condition.rank > previous.rank) {
      send({ event: previous ? 'escalate' : 'start', condition, ...(previous ? { from: previous.level } : {}), channelIds: channels });
      next.push({ ...condition, since: previous?.since ?? now, heard: channels });
      continue;
    }
    const unheard = channels.filter((id) => !previous.heard.includes(id));
    send({ event: 'start', condition, channelIds: unheard });
    next.push({ ...condition, since: previous.since, heard: [...previous.heard, ...unheard] });
  }
  for (const previous of firing) {
    if (seen.has(previous.key)) continue;
    if (evaluated.has(previous.rule)) send({ event: 'clear', condition: previous, channelIds: previous.heard });
    else next.push(previous);
  }
  return { transitions, firing: next };
}
