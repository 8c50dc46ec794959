'use client';

import { Notice } from '@/components/ui/notice';
import type { CheckoutApp } from '@/lib/features/release/contract';

/** The request behind a listing, for the technical-details disclosure only (page text stays in words). */
function listingRequest(app: CheckoutApp): string {
  return `GET …/sharing/rest/content/listings/${app.itemId ?? '(none)'}/userEntitlements`;
}

/**
 * One notice per app whose listing did not say who has it offline: refused (the portal's words)
 * or unknown (why). The other apps' rows stand; these apps are not claimed to be "nobody's".
 */
export function ListingNotices({ apps }: { apps: readonly CheckoutApp[] }) {
  return apps.map((app) => {
    const { listing } = app;
    if (listing.state === 'read') return null;
    const failed = listing.state === 'failed';
    return (
      <div key={app.appId} data-testid={`listing-${app.appId}`}>
        <Notice
          kind="warning"
          title={failed ? `Who has ${app.name} offline could not be read.` : `Whether anyone has ${app.name} offline is unknown.`}
        >
          {failed ? (
            <>
              <p>The portal answered: {listing.error.message}</p>
              {listing.error.details.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </>
          ) : (
            <p>{listing.reason}</p>
          )}
          {app.releasable ? <p>Its licenses can still be released by username below.</p> : null}
          <details className="text-xs">
            <summary className="cursor-pointer">Technical details</summary>
            <p className="mt-1 font-mono break-all">{listingRequest(app)}</p>
          </details>
        </Notice>
      </div>
    );
  });
}
