'use client';

import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { LicenseManagerUpdateResult } from '@/lib/features/license-manager/contract';
import { describeLicenseManager } from '@/lib/licensing/license-manager';
import { RESTART_TIMEOUT_MS } from '@/lib/licensing/restart-poller';

/** The restart view once the poller gave up: what to check, then keep waiting or reload. */
export function RestartGaveUp({ update, onKeepWaiting }: { update: LicenseManagerUpdateResult; onKeepWaiting: () => void }) {
  return (
    <>
      <Notice kind="error" title={`The portal has not answered for ${RESTART_TIMEOUT_MS / 60_000} minutes, so the dashboard stopped checking.`}>
        <p>The change may well have been applied. What to check:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>That the portal is running: the Portal for ArcGIS service on its machine, or the portal pods on Kubernetes. Start it if it stopped.</li>
          <li>The portal&apos;s logs, for why the restart did not finish.</li>
          <li>
            That the portal&apos;s machine can reach the License Manager at {describeLicenseManager(update.requested)} (DNS, firewall), and that the
            License Manager is running there.
          </li>
          <li>The web adaptor or load balancer in front of the portal.</li>
        </ul>
      </Notice>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepWaiting}>Keep waiting</Button>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          Reload this page
        </Button>
      </div>
    </>
  );
}
