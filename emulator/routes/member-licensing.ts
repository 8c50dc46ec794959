import { BOTH, EmulatorError, type Route, type RouteContext } from '../router';
import { assignmentsChanged, findMember, memberCounts, type Member, type OrgState } from '../state';
import { canTakeApp, userLicenseTypesJson, userTypeName, userTypeRefusal } from '../user-types';

// Changing members' licenses through the sharing API: a user type for several members at once
// (per-member results), an app's entitlements for up to 25 members at once (all or nothing), and
// the user types the organization can assign. Shapes and limits: README "Members".

/** provisionUserEntitlements takes this many members a call at most. */
const PROVISION_LIMIT = 25;
/** ArcGIS Pro's levels (one per member) and the extensions that may come with one. */
const PRO_LEVELS = ['desktopBasicN', 'desktopStdN', 'desktopAdvN'];
const PRO_EXTENSIONS = [
  'spatialAnalystN',
  '3DAnalystN',
  'networkAnalystN',
  'geostatAnalystN',
  'dataReviewerN',
  'workflowMgrN',
  'dataInteropN',
  'imageAnalystN',
];

function memberResult(username: string, refusal: string | undefined): Record<string, unknown> {
  return refusal === undefined ? { username, success: true } : { username, success: false, error: { code: 400, message: refusal, details: [] } };
}

function updateUserLicenseType({ req, deployment }: RouteContext): unknown {
  const org = deployment.org;
  const usernames = (req.param('users') ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  if (usernames.length === 0) throw new EmulatorError(400, "Parameter 'users' is required.");
  const userTypeId = req.param('userLicenseType')?.trim();
  if (!userTypeId) throw new EmulatorError(400, "Parameter 'userLicenseType' is required.");
  const userType = org.license.userTypes.find((t) => t.id === userTypeId);
  if (!userType) throw new EmulatorError(400, `Invalid user license type '${userTypeId}'.`);

  let held = memberCounts(org, 'userLicenseType').get(userTypeId) ?? 0;
  const results = usernames.map((username) => {
    const member = findMember(org, username);
    if (!member) return memberResult(username, `User '${username}' does not exist or is inaccessible.`);
    if (member.userLicenseTypeId === userTypeId) return memberResult(username, undefined);
    const refusal = userTypeRefusal(member, userTypeId);
    if (refusal) return memberResult(username, refusal);
    if (held >= userType.maximumRegisteredMembers) {
      return memberResult(username, `No licenses are available for user type '${userTypeName(userTypeId)}'.`);
    }
    member.userLicenseTypeId = userTypeId;
    held += 1;
    return memberResult(username, undefined);
  });
  assignmentsChanged(org);
  return { results };
}

interface Provision {
  users: string[];
  entitlements: string[];
}

function parseProvision(text: string | undefined): Provision {
  if (!text) throw new EmulatorError(400, "Parameter 'userEntitlements' is required.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new EmulatorError(400, "Parameter 'userEntitlements' is not valid JSON.");
  }
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const strings = (v: unknown) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined);
  const users = strings(record.users);
  const entitlements = strings(record.entitlements);
  if (!users || users.length === 0 || !entitlements) {
    throw new EmulatorError(400, 'Parameter \'userEntitlements\' must be {"users":[…],"entitlements":[…]}.');
  }
  return { users: [...new Set(users)], entitlements: [...new Set(entitlements)] };
}

function checkEntitlements(appId: string, entitlements: string[]): void {
  if (appId !== 'arcgisprodesktop' || entitlements.length === 0) return;
  const unknown = entitlements.filter((e) => !PRO_LEVELS.includes(e) && !PRO_EXTENSIONS.includes(e));
  if (unknown.length > 0) throw new EmulatorError(400, `Invalid entitlements: ${unknown.join(', ')}.`);
  if (entitlements.filter((e) => PRO_LEVELS.includes(e)).length !== 1) {
    throw new EmulatorError(400, `An ArcGIS Pro license needs exactly one of ${PRO_LEVELS.join(', ')}.`);
  }
}

function setEntitlements(member: Member, appId: string, entitlements: string[]): void {
  if (entitlements.length === 0) {
    member.apps = member.apps.filter((a) => a !== appId);
    member.checkouts = member.checkouts.filter((c) => c.appId !== appId);
    return;
  }
  if (!member.apps.includes(appId)) member.apps = [...member.apps, appId];
  const checkout = member.checkouts.find((c) => c.appId === appId);
  if (checkout) checkout.entitlements = entitlements;
  else member.checkouts.push({ appId, entitlements, disconnected: false, lastLogin: -1 });
}

function membersOf(org: OrgState, usernames: string[]): Member[] {
  return usernames.map((username) => {
    const member = findMember(org, username);
    if (!member) throw new EmulatorError(400, `User '${username}' does not exist or is inaccessible.`);
    return member;
  });
}

/** Sets each member's entitlements for the listing's app (empty revokes); every rule is checked before anything changes. */
function provisionUserEntitlements({ req, deployment, match }: RouteContext): unknown {
  const org = deployment.org;
  const app = org.license.apps.find((a) => a.itemId === match[1]);
  if (!app) throw new EmulatorError(400, 'Item does not exist or is inaccessible.');
  const { users, entitlements } = parseProvision(req.param('userEntitlements'));
  if (users.length > PROVISION_LIMIT) {
    throw new EmulatorError(400, `Unable to provision entitlements: at most ${PROVISION_LIMIT} users can be provisioned at a time.`);
  }
  checkEntitlements(app.id, entitlements);
  const members = membersOf(org, users);
  const offline = members.filter((m) => m.checkouts.some((c) => c.appId === app.id && c.disconnected));
  if (offline.length > 0) {
    throw new EmulatorError(
      400,
      'None of the specified users can be disconnected.',
      offline.map((m) => m.username),
    );
  }
  if (entitlements.length > 0) {
    const unfit = members.filter((m) => !canTakeApp(m.userLicenseTypeId, app.id));
    if (unfit.length > 0) {
      throw new EmulatorError(400, `The user type of ${unfit.map((m) => `'${m.username}'`).join(', ')} is not compatible with '${app.id}'.`);
    }
    const added = members.filter((m) => !m.apps.includes(app.id)).length;
    const held = memberCounts(org, 'app').get(app.id) ?? 0;
    if (held + added > app.maximumRegisteredMembers) {
      throw new EmulatorError(
        400,
        `Not enough licenses for '${app.id}': ${added} requested, ${Math.max(0, app.maximumRegisteredMembers - held)} available.`,
      );
    }
  }
  for (const member of members) setEntitlements(member, app.id, entitlements);
  assignmentsChanged(org);
  return { success: true };
}

export const memberLicensingRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/sharing\/rest\/portals\/self\/updateUserLicenseType$/,
    api: 'sharing',
    auth: 'admin',
    kinds: BOTH,
    title: 'Update User License Type',
    handle: updateUserLicenseType,
  },
  {
    method: 'POST',
    pattern: /^\/sharing\/rest\/content\/listings\/([0-9a-f]{32})\/provisionUserEntitlements$/,
    api: 'sharing',
    auth: 'admin',
    kinds: BOTH,
    title: 'Provision User Entitlements',
    handle: provisionUserEntitlements,
  },
  {
    method: 'GET',
    pattern: /^\/sharing\/rest\/portals\/self\/userLicenseTypes$/,
    api: 'sharing',
    auth: 'member',
    kinds: BOTH,
    // Modelled from 11.0: 10.x portals answer 404 here, so clients fall back to the per-member refusals.
    when: (traits) => !traits.version.startsWith('10.'),
    title: 'User License Types',
    handle: ({ deployment }) => {
      const userLicenseTypes = userLicenseTypesJson(deployment.org.license);
      return { userLicenseTypes, total: userLicenseTypes.length, start: 1, num: userLicenseTypes.length, nextStart: -1 };
    },
  },
];
