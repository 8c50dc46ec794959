'use client';

import { useQuery } from '@tanstack/react-query';
import { Notice } from '@/components/ui/notice';
import { endpointQuery } from '@/lib/endpoint/client';
import { portalSetupEndpoint } from '@/lib/features/overview/contract';

/** What the portal waits for before its licensing is complete (an upgrade, a required file); nothing when all is done. */
export function PortalSetupNotice() {
  const setup = useQuery(endpointQuery(portalSetupEndpoint));
  const waits = setup.data?.waitingFor ?? [];
  if (waits.length === 0) return null;
  return (
    <Notice kind="warning" title="The portal is waiting for its license">
      {waits.map((wait) => (
        <p key={wait}>{wait}</p>
      ))}
    </Notice>
  );
}
