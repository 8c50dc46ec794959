'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Notice } from '@/components/ui/notice';
import { useSubmitLock } from '@/components/ui/use-submit-lock';
import { endpointMutation, endpointQuery } from '@/lib/endpoint/client';
import {
  BulkActionSchema,
  bulkApplyEndpoint,
  bulkOptionsEndpoint,
  bulkPreviewEndpoint,
  type BulkSelection,
} from '@/lib/features/members/bulk-contract';
import { describeSchemaError } from '@/lib/schemas/describe-issue';
import { BulkActionForm, initialChoice, toAction, type ActionChoice } from './bulk-action-form';
import { BulkPreviewView } from './bulk-preview-view';
import { BulkResultsView } from './bulk-results-view';
import { membersWords } from './member-words';

/**
 * Changing many members' licenses at once: choose the change, preview it (read from the portal now:
 * who is sent what, who is left out and why, the seats before → after), confirm, then each member's
 * result. Nothing reaches the portal before Confirm, and Confirm is disabled when the preview refuses.
 *
 * - `selection`: the members by username, or the /members page's filter (its URL query string);
 * - `count`: how many members the selection holds, for the title;
 * - `onClose`: the dialog was closed without a change (Cancel, Escape);
 * - `onDone`: a change was sent (the page re-reads its members).
 */
export function BulkChangeDialog(props: { selection: { usernames: string[] } | { filter: string }; count: number; onClose(): void; onDone(): void }) {
  const options = useQuery(endpointQuery(bulkOptionsEndpoint));
  const [choice, setChoice] = useState<ActionChoice | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const preview = useMutation(endpointMutation(bulkPreviewEndpoint));
  const apply = useMutation(endpointMutation(bulkApplyEndpoint));
  const lock = useSubmitLock(preview.data?.planId);
  const cancel = useRef<HTMLButtonElement>(null);
  const selection: BulkSelection = props.selection;
  const current = choice ?? (options.data ? initialChoice(options.data) : undefined);
  const members = membersWords(props.count);

  function askPreview() {
    if (!options.data || !current) return;
    const parsed = BulkActionSchema.safeParse(toAction(current, options.data));
    if (!parsed.success) {
      setProblem(describeSchemaError(parsed.error).message);
      return;
    }
    setProblem(undefined);
    apply.reset();
    preview.mutate({ action: parsed.data, selection });
  }

  function confirm() {
    const plan = preview.data;
    const sent = preview.variables;
    if (!plan || !sent) return;
    lock.once(() => apply.mutate({ ...sent, planId: plan.planId }, { onSuccess: () => props.onDone() }));
  }

  const step = apply.data ? 'results' : preview.data ? 'preview' : 'choose';
  const busy = preview.isPending || apply.isPending;
  const footer =
    step === 'results' ? (
      <Button onClick={props.onClose}>Close</Button>
    ) : (
      <>
        <Button ref={cancel} variant="secondary" onClick={props.onClose} disabled={apply.isPending}>
          Cancel
        </Button>
        {step === 'preview' ? (
          <>
            <Button variant="secondary" onClick={() => preview.reset()} disabled={busy}>
              Back
            </Button>
            <Button variant="danger" onClick={confirm} disabled={busy || Boolean(preview.data?.refusal) || preview.data?.send.length === 0}>
              {apply.isPending ? 'Sending…' : `Confirm for ${membersWords(preview.data?.send.length ?? 0)}`}
            </Button>
          </>
        ) : (
          <Button onClick={askPreview} disabled={busy || !options.data}>
            {preview.isPending ? 'Reading the members…' : 'Preview'}
          </Button>
        )}
      </>
    );

  return (
    <Dialog
      open
      wide
      title={`Change licenses of ${members}`}
      onClose={props.onClose}
      closable={!apply.isPending}
      initialFocus={cancel}
      footer={footer}
    >
      {options.error ? <ApiErrorNotice error={options.error} /> : null}
      {step === 'choose' && options.data && current ? (
        <>
          <p>Nothing is sent before you confirm. The preview reads each member from the portal now.</p>
          <BulkActionForm options={options.data} choice={current} onChange={setChoice} />
          {problem ? <Notice kind="error" title={problem} /> : null}
          {preview.isPending ? <p role="status">Reading {members} and their licenses from the portal…</p> : null}
          <ApiErrorNotice error={preview.error} />
        </>
      ) : null}
      {step === 'preview' && preview.data ? (
        <>
          <BulkPreviewView preview={preview.data} />
          {apply.isPending ? <p role="status">Sending, 25 members a call…</p> : null}
          <ApiErrorNotice error={apply.error} />
        </>
      ) : null}
      {step === 'results' && apply.data ? <BulkResultsView applied={apply.data} /> : null}
    </Dialog>
  );
}
