import type { AlertCondition } from './alert-evaluate';
import type { AlertRuleKind } from './alert-rules';

// Once per condition (issue 14): a condition notifies when it starts, again when it escalates (30 → 7
// days, 90 % → 100 % → over), and once when it clears; an unchanged condition never notifies again,
// however often it is evaluated. A condition that eases (100 % → 90 %) is recorded without a
// notification, so that reaching 100 % again is an escalation again.

/** What is firing, as kept between evaluations. `since`: epoch ms it started. */
export interface FiringCondition extends AlertCondition {
  since: number;
}

export const ALERT_EVENTS = ['start', 'escalate', 'clear'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

/** One notification to send: the event and the condition as it is now (for clear: as it was last). */
export interface AlertTransition {
  event: AlertEvent;
  condition: AlertCondition;
  /** The level before an escalation. */
  from?: string;
}

/**
 * Compares what fired before with what holds now. Returns the notifications to send and the firing
 * set to keep. Conditions of rules not in `evaluated` (off, or their input missing this time) are kept
 * as they were, without a notification. `now` (epoch ms) is the `since` of a new condition.
 */
export function alertTransitions(
  firing: readonly FiringCondition[],
  current: readonly AlertCondition[],
  evaluated: ReadonlySet<AlertRuleKind>,
  now: number,
): { transitions: AlertTransition[]; firing: FiringCondition[] } {
  const before = new Map(firing.map((c) => [c.key, c]));
  const transitions: AlertTransition[] = [];
  const next: FiringCondition[] = [];
  const seen = new Set<string>();
  for (const condition of current) {
    if (seen.has(condition.key)) continue;
    seen.add(condition.key);
    const previous = before.get(condition.key);
    if (!previous) transitions.push({ event: 'start', condition });
    else if (condition.rank > previous.rank) transitions.push({ event: 'escalate', condition, from: previous.level });
    next.push({ ...condition, since: previous?.since ?? now });
  }
  for (const previous of firing) {
    if (seen.has(previous.key)) continue;
    if (evaluated.has(previous.rule)) transitions.push({ event: 'clear', condition: previous });
    else next.push(previous);
  }
  return { transitions, firing: next };
}
