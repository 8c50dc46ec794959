// Who may use the dashboard (issue 15): an account the portal lets manage licenses. Pure.

/** The privilege the portal's license work needs (Portal Administrator API `license`, populateLicense, importServerLicenses). */
export const MANAGE_LICENSES = 'portal:admin:manageLicenses';

/** `GET <portal>/sharing/rest/community/self`'s account, as far as the check needs it (every version; Kubernetes the same). */
export interface PortalAccount {
  username: string;
  /** org_admin, org_publisher or org_user; a custom role reports the one it is based on. */
  role?: string;
  /** Set for custom roles only. */
  roleId?: string;
  privileges: readonly string[];
}

/**
 * Whether the account may manage licenses: the default administrator (org_admin without a roleId,
 * which holds every privilege) or any role granting portal:admin:manageLicenses.
 */
export function mayManageLicenses(account: PortalAccount): boolean {
  if (account.role === 'org_admin' && !account.roleId) return true;
  return account.privileges.includes(MANAGE_LICENSES);
}

/** The portal's built-in roles as its pages name them. */
const ROLE_NAMES: Record<string, string> = { org_admin: 'Administrator', org_publisher: 'Publisher', org_user: 'User' };

/**
 * Why an account is turned away, in words, naming its role and the privilege an administrator can
 * grant; `refused` says what was not done (a sign-in by default; the collector's grant).
 */
export function noLicensePrivilegeWords(account: PortalAccount, portalName: string, refused = 'the dashboard did not sign you in'): string {
  const role = account.roleId ? 'a custom role' : `the ${ROLE_NAMES[account.role ?? ''] ?? account.role ?? 'unknown'} role`;
  return `${portalName} accepted ${account.username}, but ${refused}: the account has ${role}, which may not manage licenses. An administrator can give it the default Administrator role, or a custom role with the "Manage licenses" privilege (${MANAGE_LICENSES}).`;
}
