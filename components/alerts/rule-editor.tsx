'use client';

import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { callEndpoint } from '@/lib/endpoint/client';
import type { ChannelViewData } from '@/lib/features/alerts/contract';
import { saveRuleEndpoint } from '@/lib/features/alerts/contract';
import { AlertRuleSchema, RULE_LABELS, type AlertRule } from '@/lib/licensing/alert-rules';

/** The one setting of each kind, as a text field: its label and the settings object it makes. */
const THRESHOLD: Record<AlertRule['kind'], { label: string; read: (rule: AlertRule) => string; settings: (numbers: number[]) => unknown } | null> = {
  expiry: {
    label: 'Days before expiry',
    read: (r) => ('days' in r.settings ? [r.settings.days].flat().join(', ') : ''),
    settings: (n) => ({ days: n }),
  },
  seats: {
    label: 'Percent of seats',
    read: (r) => ('percents' in r.settings ? r.settings.percents.join(', ') : ''),
    settings: (n) => ({ percents: n }),
  },
  members: {
    label: 'Percent of the member limit',
    read: (r) => ('percents' in r.settings ? r.settings.percents.join(', ') : ''),
    settings: (n) => ({ percents: n }),
  },
  'scheduled-shortfall': null,
  forecast: { label: 'Days ahead', read: (r) => ('days' in r.settings ? String(r.settings.days) : ''), settings: (n) => ({ days: n[0] }) },
  'collector-down': {
    label: 'Failed runs in a row',
    read: (r) => ('runs' in r.settings ? String(r.settings.runs) : ''),
    settings: (n) => ({ runs: n[0] }),
  },
};

const numbersOf = (text: string) =>
  text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number);

/** One rule: on or off, its thresholds, the channels it notifies; saved (and audited) with its own button. */
export function RuleEditor({ rule, channels, onSaved }: { rule: AlertRule; channels: readonly ChannelViewData[]; onSaved: () => void }) {
  const id = useId();
  const threshold = THRESHOLD[rule.kind];
  const [enabled, setEnabled] = useState(rule.enabled);
  const [text, setText] = useState(threshold?.read(rule) ?? '');
  const [channelIds, setChannelIds] = useState(rule.channelIds);
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({ mutationFn: (next: AlertRule) => callEndpoint(saveRuleEndpoint, next), onSuccess: onSaved });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AlertRuleSchema.safeParse({
      kind: rule.kind,
      enabled,
      settings: threshold ? threshold.settings(numbersOf(text)) : {},
      channelIds,
    });
    setInvalid(parsed.success ? null : `${threshold?.label ?? 'Settings'}: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
    if (parsed.success) save.mutate(parsed.data);
  };

  return (
    <form
      onSubmit={submit}
      aria-label={RULE_LABELS[rule.kind]}
      className="space-y-2 border-b border-slate-200 py-3 last:border-0 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <label className="flex min-w-64 items-center gap-2 font-medium">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          {RULE_LABELS[rule.kind]}
        </label>
        {threshold ? (
          <label className="flex items-center gap-2 text-sm" htmlFor={`${id}-threshold`}>
            {threshold.label}
            <input
              id={`${id}-threshold`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={invalid !== null}
              aria-describedby={invalid ? `${id}-error` : undefined}
              className="w-32 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            />
          </label>
        ) : null}
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="sr-only">Channels notified by {RULE_LABELS[rule.kind]}</legend>
          {channels.length === 0 ? <span className="text-slate-600 dark:text-slate-400">No channel yet</span> : null}
          {channels.map((channel) => (
            <label key={channel.id} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={channelIds.includes(channel.id)}
                onChange={(e) => setChannelIds(e.target.checked ? [...channelIds, channel.id] : channelIds.filter((c) => c !== channel.id))}
              />
              {channel.name}
            </label>
          ))}
        </fieldset>
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </Button>
        {save.isSuccess ? <span className="text-sm text-green-800 dark:text-green-300">Saved</span> : null}
      </div>
      {invalid ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-300">
          {invalid}
        </p>
      ) : null}
      {save.error ? <ApiErrorNotice error={save.error} /> : null}
    </form>
  );
}
