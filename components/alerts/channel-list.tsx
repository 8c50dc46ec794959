'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Notice } from '@/components/ui/notice';
import { Table, Td, Th } from '@/components/ui/table';
import { callEndpoint } from '@/lib/endpoint/client';
import { deleteChannelEndpoint, testChannelEndpoint, type ChannelViewData } from '@/lib/features/alerts/contract';

const FORMAT_WORDS = { plain: 'plain JSON', slack: 'Slack', teams: 'Microsoft Teams' } as const;

function destination(channel: ChannelViewData): string {
  if (channel.type === 'webhook') return `${channel.masked} (${FORMAT_WORDS[channel.format]})`;
  return `${channel.recipients.join(', ')} via ${channel.masked || 'SMTP_URL'}`;
}

/** The channels with their destinations masked, "Send test" (its answer shown in words) and Delete behind a confirmation. */
export function ChannelList({ channels, onChanged }: { channels: readonly ChannelViewData[]; onChanged: () => void }) {
  const [deleting, setDeleting] = useState<ChannelViewData | null>(null);
  const test = useMutation({ mutationFn: (channel: ChannelViewData) => callEndpoint(testChannelEndpoint, { id: channel.id }), onSettled: onChanged });
  const remove = useMutation({
    mutationFn: (channel: ChannelViewData) => callEndpoint(deleteChannelEndpoint, { id: channel.id }),
    onSettled: () => {
      setDeleting(null);
      onChanged();
    },
  });

  if (channels.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No channel yet: add one below to be notified.</p>;
  const tested = test.variables;
  return (
    <div className="space-y-3">
      {test.data && tested ? (
        <Notice kind={test.data.ok ? 'success' : 'error'} title={test.data.ok ? `Test sent to ${tested.name}` : `Test to ${tested.name} failed`}>
          <p className="[overflow-wrap:anywhere]">{test.data.answer}</p>
        </Notice>
      ) : null}
      {test.error ? <ApiErrorNotice error={test.error} /> : null}
      {remove.error ? <ApiErrorNotice error={remove.error} /> : null}
      <Table caption="Channels" captionHidden>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Type</Th>
            <Th>Destination</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr key={channel.id} className="align-top">
              <Td>{channel.name}</Td>
              <Td>{channel.type === 'webhook' ? 'Webhook' : 'E-mail'}</Td>
              <Td className="min-w-64 font-mono text-xs [overflow-wrap:anywhere]">{destination(channel)}</Td>
              <Td className="whitespace-nowrap">
                <div className="flex gap-2">
                  <Button
                    variant="secondary"
                    disabled={test.isPending}
                    onClick={() => test.mutate(channel)}
                    aria-label={`Send test to ${channel.name}`}
                  >
                    {test.isPending && tested?.id === channel.id ? 'Sending…' : 'Send test'}
                  </Button>
                  <Button variant="ghost" onClick={() => setDeleting(channel)} aria-label={`Delete ${channel.name}`}>
                    Delete
                  </Button>
                </div>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete channel ${deleting?.name ?? ''}?`}
        confirmLabel="Delete channel"
        pendingLabel="Deleting…"
        danger
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>No rule will notify it any more. What it was sent stays in the history below.</p>
      </ConfirmDialog>
    </div>
  );
}
