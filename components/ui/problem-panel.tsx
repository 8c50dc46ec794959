import type { ApiErrorBody } from '@/lib/schemas/api-error';
import { noticeVariants } from './notice';
import { RetryButton } from './retry-button';

const TITLES: Partial<Record<ApiErrorBody['error']['code'], string>> = {
  portal_unreachable: 'The portal cannot be reached',
  portal_timeout: 'The portal did not answer in time',
  portal_error: 'The portal answered with an error',
  portal_not_answering: 'The portal is not answering',
  portal_token_refused: 'The portal refused the session’s token for this request',
  portal_bad_response: 'The portal answered in a shape the dashboard cannot read',
  portal_forbidden: 'The portal refused this account',
  portal_rejected: 'The portal refused the request',
  store_unavailable: 'The dashboard’s store is unavailable',
};

/** A page-level message for a read that failed: what happened, in words, and a way back. */
export function ProblemPanel({ problem }: { problem: ApiErrorBody['error'] }) {
  return (
    <div role="alert" className={noticeVariants({ tone: 'error', size: 'panel' })}>
      <h2 className="text-lg font-semibold">{TITLES[problem.code] ?? 'Something went wrong'}</h2>
      <p className="mt-2">{problem.message}</p>
      {problem.field ? (
        <p className="mt-1 text-sm">
          Field: <code className="font-mono">{problem.field}</code>
        </p>
      ) : null}
      {problem.details?.map((line) => (
        <p key={line} className="mt-1 text-sm">
          {line}
        </p>
      ))}
      {problem.hint ? <p className="mt-3 text-sm">{problem.hint}</p> : null}
      <div className="mt-4">
        <RetryButton />
      </div>
    </div>
  );
}
