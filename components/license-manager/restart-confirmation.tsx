import { Notice } from '@/components/ui/notice';
import { describeLicenseManager, licenseManagerAddress, sameLicenseManager } from '@/lib/licensing/license-manager';
import type { LicenseManager } from '@/lib/licensing/license-model';

/**
 * How a License Manager change ended, read from the portal after its restart: the value it now
 * uses when that is what was `requested`, or a warning naming both when it is not.
 */
export function RestartConfirmation({
  requested,
  reported,
  elapsed,
}: {
  requested: LicenseManager;
  /** What the portal reports now; null when it reports none. */
  reported: LicenseManager | null;
  /** How long the restart took ("m:ss"), when this page saw it end. */
  elapsed?: string;
}) {
  if (reported && sameLicenseManager(reported, requested)) {
    return (
      <div data-testid="restart-confirmation">
        <Notice kind="success" title={`The portal now uses ${licenseManagerAddress(reported)}.`}>
          <p>{elapsed ? `The portal restarted in ${elapsed} and` : 'After its restart the portal'} reports the License Manager that was sent.</p>
        </Notice>
      </div>
    );
  }
  return (
    <div data-testid="restart-confirmation">
      <Notice kind="warning" title="The portal is back, but does not report the License Manager that was sent.">
        <p>
          It reports {reported ? describeLicenseManager(reported) : 'no License Manager'}; the dashboard sent {describeLicenseManager(requested)}. The
          portal may not have been able to apply it: check the portal&apos;s logs before sending it again.
        </p>
      </Notice>
    </div>
  );
}
