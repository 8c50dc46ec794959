'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { callEndpoint, endpointQuery } from '@/lib/endpoint/client';
import { queryKeyOf } from '@/lib/endpoint/contract';
import { alertsEndpoint, checkNowEndpoint } from '@/lib/features/alerts/contract';
import { ChannelForm } from './channel-form';
import { ChannelList } from './channel-list';
import { FiringTable } from './firing-table';
import { RuleEditor } from './rule-editor';
import { SentTable } from './sent-table';

function CheckOutcome({ deliveries, firing }: { deliveries: readonly { ok: boolean }[]; firing: number }) {
  const failed = deliveries.filter((d) => !d.ok).length;
  const sent = deliveries.length - failed;
  const title =
    deliveries.length === 0
      ? `Checked: nothing new to send (${firing} firing).`
      : `Checked: ${sent} sent${failed > 0 ? `, ${failed} failed (retried)` : ''}; ${firing} firing.`;
  return <Notice kind={failed > 0 ? 'warning' : 'success'} title={title} />;
}

/** /alerts: Check now, what is firing, channels, rules and the sent history, from one read that every change refreshes. */
export function AlertsWorkspace() {
  const view = useQuery(endpointQuery(alertsEndpoint));
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeyOf(alertsEndpoint) });
  const check = useMutation({ mutationFn: () => callEndpoint(checkNowEndpoint, undefined), onSettled: refresh });

  if (!view.data) return <RefreshProblem error={view.error} />;
  const { rules, channels, firing, notifications, smtpConfigured } = view.data;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => check.mutate()} disabled={check.isPending}>
            {check.isPending ? 'Checking…' : 'Check now'}
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Reads the license now and notifies what started, got worse or cleared. The collector does the same after each snapshot.
          </p>
        </div>
        {check.data ? <CheckOutcome deliveries={check.data.deliveries} firing={check.data.firing} /> : null}
        {check.error ? <ApiErrorNotice error={check.error} /> : null}
      </div>
      <Section title="Firing now" description="Each condition notifies when it starts, when it gets worse and once when it clears.">
        <FiringTable firing={firing} />
      </Section>
      <Section title="Channels" description="Webhook URLs and SMTP credentials are stored encrypted and shown masked.">
        <div className="space-y-6">
          <ChannelList channels={channels} onChanged={refresh} />
          <ChannelForm smtpConfigured={smtpConfigured} onAdded={refresh} />
        </div>
      </Section>
      <Section title="Rules" description="A new channel is added to every rule; untick it where it should stay quiet.">
        <div>
          {rules.map((rule) => (
            <RuleEditor key={`${rule.kind}:${rule.channelIds.join(',')}`} rule={rule} channels={channels} onSaved={refresh} />
          ))}
        </div>
      </Section>
      <Section title="Sent" description="The latest 50 notifications with their delivery outcome; a failed delivery is retried for up to an hour.">
        <SentTable notifications={notifications} />
      </Section>
    </div>
  );
}
