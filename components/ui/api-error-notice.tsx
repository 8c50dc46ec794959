import { ApiClientError } from '@/lib/api-client';
import { Notice } from './notice';

/** A failed action's answer, in the portal's own words where it gave some. */
export function ApiErrorNotice({ error }: { error: unknown }) {
  if (!error) return null;
  if (!(error instanceof ApiClientError)) {
    return <Notice kind="error" title="The dashboard could not be reached. Check your connection; nothing was retried." />;
  }
  return (
    <Notice kind="error" title={error.message}>
      {error.details?.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {error.hint ? <p>{error.hint}</p> : null}
    </Notice>
  );
}
