'use client';

import { ApiErrorNotice } from '@/components/ui/api-error-notice';
import { Button } from '@/components/ui/button';
import { buttonVariants } from '@/components/ui/button-variants';
import { Notice } from '@/components/ui/notice';
import { signInPath } from '@/lib/api-client';
import type { LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { describeLicenseManager } from '@/lib/licensing/license-manager';
import { RestartConfirmation } from './restart-confirmation';
import type { AfterRestart } from './use-after-restart';

const RETURN_PATH = '/license-manager';

/**
 * The restart view once the portal answers again: whether it reports the License Manager that was
 * sent, or that the restart ended the session (with the way back), or why reading it failed.
 */
export function RestartOutcome({
  update,
  after,
  elapsed,
  onRetry,
  onDone,
}: {
  update: LicenseManagerUpdateResult;
  /** The read's outcome; null while it is under way. */
  after: AfterRestart | null;
  /** How long the restart took, "m:ss". */
  elapsed: string;
  onRetry: () => void;
  onDone: () => void;
}) {
  return (
    <div className="space-y-4">
      {after === null ? (
        <p role="status" className="text-sm">
          Reading the License Manager from the portal…
        </p>
      ) : after.step === 'read' ? (
        <RestartConfirmation requested={update.requested} reported={after.view.licenseManager} elapsed={elapsed} />
      ) : after.step === 'signed-out' ? (
        <Notice kind="info" title="The portal is back. The restart ended your session.">
          <p>
            The dashboard sent {describeLicenseManager(update.requested)}. Sign in again: you will come back to this page, which then reads the
            License Manager the portal uses and compares it with what was sent.
          </p>
          <p className="pt-2">
            <a href={signInPath('expired', RETURN_PATH)} className={buttonVariants()}>
              Sign in again
            </a>
          </p>
        </Notice>
      ) : (
        <>
          <ApiErrorNotice error={after.error} />
          <Button variant="secondary" onClick={onRetry}>
            Read it again
          </Button>
        </>
      )}
      {after?.step === 'read' ? (
        <Button variant="secondary" onClick={onDone}>
          Done
        </Button>
      ) : null}
    </div>
  );
}
