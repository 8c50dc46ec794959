import 'server-only';
import { z } from 'zod';
import type { PortalAccount } from '../licensing/license-privileges';
import { portalCall, type PortalConnection } from './connection';

/** `GET <portal>/sharing/rest/community/self`: the signed-in member (every version; Kubernetes under its context). Read tolerantly: only these fields matter. */
const SelfSchema = z.looseObject({
  username: z.string(),
  role: z.string().optional().catch(undefined),
  roleId: z.string().optional().catch(undefined),
  privileges: z.array(z.string()).catch([]).default([]),
});

/** The account a token belongs to, with its role and privileges. Throws ArcGISError. */
export async function readAccount(connection: PortalConnection): Promise<PortalAccount> {
  const self = await portalCall(connection, '/sharing/rest/community/self', SelfSchema);
  return { username: self.username, role: self.role, roleId: self.roleId || undefined, privileges: self.privileges };
}
