import { checkPassword, SIGN_IN_REFUSAL } from '../credentials';
import { exchangeForServerToken } from '../federation';
import { BOTH, EmulatorError, type Deployment, type Route, type RouteContext } from '../router';
import { parseMemberQuery, searchPage, sortMembers } from '../member-query';
import { findMember, holdersOf, memberCounts, type Member } from '../state';

// The sharing API (/sharing/rest): sign-in, who am I, the portal, member counts and search,
// and the app listings' user entitlements.

function signIn({ req, deployment, runtime }: RouteContext): unknown {
  if (req.method !== 'POST') {
    throw new EmulatorError(400, 'Unable to generate token.', ['generateToken must be called with POST.']);
  }
  const username = req.param('username');
  const password = req.param('password');
  if (!username) throw new EmulatorError(400, 'Unable to generate token.', ["'username' must be specified."]);
  if (!password) throw new EmulatorError(400, 'Unable to generate token.', ["'password' must be specified."]);
  const client = req.param('client') ?? 'requestip';
  const referer = req.param('referer');
  if (client === 'referer' && !referer) throw new EmulatorError(400, 'Unable to generate token.', ["'referer' must be specified."]);

  const now = runtime.now();
  const check = checkPassword(deployment, username, password, now);
  if (check !== 'ok') throw new EmulatorError(400, 'Unable to generate token.', [SIGN_IN_REFUSAL[check]]);
  const expiration = Number(req.param('expiration'));
  const issued = deployment.tokens.issue(
    username,
    Number.isFinite(expiration) ? expiration : undefined,
    client === 'referer' ? referer : undefined,
    now,
  );
  return { token: issued.token, expires: issued.expires, ssl: false };
}

/**
 * What the built-in roles may do, as community/self lists it. The default administrator holds every
 * administrative privilege (research §5: portal:admin:manageLicenses among them); custom roles list
 * their own (seed.ts).
 */
const USER_PRIVILEGES = [
  'portal:user:createGroup',
  'portal:user:joinGroup',
  'portal:user:viewOrgUsers',
  'portal:user:createItem',
  'portal:user:shareToGroup',
];
const PUBLISHER_PRIVILEGES = [...USER_PRIVILEGES, 'portal:user:shareToOrg', 'portal:publisher:publishFeatures', 'portal:publisher:publishTiles'];
const ADMIN_PRIVILEGES = [
  'portal:admin:viewUsers',
  'portal:admin:updateUsers',
  'portal:admin:deleteUsers',
  'portal:admin:inviteUsers',
  'portal:admin:changeUserRoles',
  'portal:admin:assignToGroups',
  'portal:admin:manageLicenses',
  'portal:admin:manageRoles',
  'portal:admin:manageSecurity',
  'portal:admin:manageServers',
  'portal:admin:manageEnterprise',
  'portal:admin:manageUtilityServices',
  'portal:admin:updateItems',
  'portal:admin:viewItems',
  'portal:admin:viewGroups',
  'portal:admin:updateGroups',
  ...PUBLISHER_PRIVILEGES,
];
const BUILT_IN_PRIVILEGES: Record<Member['role'], string[]> = {
  org_admin: ADMIN_PRIVILEGES,
  org_publisher: PUBLISHER_PRIVILEGES,
  org_user: USER_PRIVILEGES,
};

function userJson(member: Member, deployment: Deployment): Record<string, unknown> {
  const [firstName = '', ...rest] = member.fullName.split(' ');
  return {
    username: member.username,
    id: `u${Buffer.from(member.username).toString('hex').slice(0, 31)}`,
    fullName: member.fullName,
    firstName,
    lastName: rest.join(' '),
    email: member.email,
    lastLogin: member.lastLogin,
    orgId: deployment.org.orgId,
    role: member.role,
    // Only a custom role has a roleId (its 16-character id): rest-js's isOrgAdmin reads the default
    // administrator as role org_admin without one (research §5).
    ...(member.customRole ? { roleId: member.customRole.id } : {}),
    privileges: member.customRole?.privileges ?? BUILT_IN_PRIVILEGES[member.role],
    level: '2',
    userLicenseTypeId: member.userLicenseTypeId,
    disabled: member.disabled,
    provider: member.provider,
    created: member.created,
    culture: 'en',
    region: 'US',
    units: 'metric',
  };
}

function signedInMember({ deployment, username }: RouteContext): Member {
  const member = username ? findMember(deployment.org, username) : undefined;
  if (!member) throw new EmulatorError(400, 'User does not exist or is inaccessible.');
  return member;
}

function portalSelf(context: RouteContext): unknown {
  const { deployment } = context;
  return {
    id: deployment.org.orgId,
    name: deployment.org.name,
    isPortal: true,
    portalMode: 'singletenant',
    portalName: 'ArcGIS Enterprise',
    portalHostname: context.req.headers.host ?? '127.0.0.1',
    currentVersion: '2024.2',
    ...(deployment.kind === 'kubernetes' ? { portalDeploymentType: 'ArcGISEnterpriseOnKubernetes' } : {}),
    ...(context.username ? { user: userJson(signedInMember(context), deployment) } : {}),
  };
}

/** Paging as the sharing API does it: 1-based start, num capped at 100, nextStart -1 at the end. */
function page<T>(items: readonly T[], startParam: string | undefined, numParam: string | undefined, defaultNum = 10) {
  const start = Math.max(1, Number.parseInt(startParam ?? '1', 10) || 1);
  const num = Math.min(100, Math.max(1, Number.parseInt(numParam ?? String(defaultNum), 10) || defaultNum));
  const slice = items.slice(start - 1, start - 1 + num);
  const next = start + slice.length;
  return { total: items.length, start, num, nextStart: next <= items.length ? next : -1, slice };
}

/**
 * Counts of members per user type, app or bundle. Apps are keyed by their listing's itemId
 * (the dashboard must match either the app id or the itemId, as DESIGN.md says portals vary).
 */
function userCounts({ req, deployment }: RouteContext): unknown {
  const type = req.param('type');
  if (type !== 'userLicenseType' && type !== 'role' && type !== 'app' && type !== 'appBundle') {
    throw new EmulatorError(400, "Invalid 'type'. Use one of role, app, appBundle, userLicenseType.");
  }
  const counts = memberCounts(deployment.org, type);
  const itemIdOf = new Map(deployment.org.license.apps.map((a) => [a.id, a.itemId ?? a.id]));
  const keyOf = (id: string) => (type === 'app' ? (itemIdOf.get(id) ?? id) : id);
  const results = [...counts.entries()].map(([id, count]) => ({ key: keyOf(id), count }));
  const { slice, total, start, num, nextStart } = page(results, req.param('start'), req.param('num'), 100);
  return { results: slice, total, start, num, nextStart };
}

function userSearch({ req, deployment }: RouteContext): unknown {
  const q = req.param('q') ?? '';
  const found = sortMembers(deployment.org.members.filter(parseMemberQuery(q)), req.param('sortField'), req.param('sortOrder'));
  const { slice, total, start, num, nextStart } = searchPage(found, req.param('start'), req.param('num'));
  return { query: q, total, start, num, nextStart, results: slice.map((m) => userJson(m, deployment)) };
}

/** Who holds an app, from its listing (itemId), with offline checkouts marked disconnected. */
function userEntitlements({ req, deployment, match }: RouteContext): unknown {
  const itemId = match[1];
  const app = deployment.org.license.apps.find((a) => a.itemId === itemId);
  if (!app) throw new EmulatorError(400, 'Item does not exist or is inaccessible.');
  const { slice, total, start, num, nextStart } = page(holdersOf(deployment.org, app.id), req.param('start'), req.param('num'));
  // Checkouts change (a release checks one in), so each page reads them now.
  const userEntitlements = slice.map((m) => {
    const checkout = m.checkouts.find((c) => c.appId === app.id);
    return {
      username: m.username,
      lastLogin: checkout?.lastLogin ?? m.lastLogin,
      disconnected: checkout?.disconnected ?? false,
      entitlements: checkout?.entitlements ?? [],
    };
  });
  return { userEntitlements, total, start, num, nextStart };
}

export const sharingRoutes: Route[] = [
  {
    method: 'GET_POST',
    pattern: /^\/sharing\/rest\/generateToken$/,
    api: 'sharing',
    auth: 'none',
    kinds: BOTH,
    title: 'Generate Token',
    // With serverUrl it is the exchange of a portal token for a federated server's token.
    handle: (context) => (context.req.param('serverUrl') !== undefined ? exchangeForServerToken(context) : signIn(context)),
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/community\/self$/,
    api: 'sharing',
    auth: 'member',
    kinds: BOTH,
    title: 'Self',
    handle: (context) => userJson(signedInMember(context), context.deployment),
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/portals\/self$/,
    api: 'sharing',
    auth: 'optional',
    kinds: BOTH,
    title: 'Portal Self',
    handle: portalSelf,
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/portals\/self\/users\/counts$/,
    api: 'sharing',
    auth: 'admin',
    kinds: BOTH,
    title: 'User Counts',
    handle: userCounts,
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/portals\/self\/users\/search$/,
    api: 'sharing',
    auth: 'member',
    kinds: BOTH,
    title: 'User Search',
    handle: userSearch,
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/content\/listings\/([0-9a-f]{32})\/userEntitlements$/,
    api: 'sharing',
    auth: 'admin',
    kinds: BOTH,
    title: 'User Entitlements',
    handle: userEntitlements,
  },
];
