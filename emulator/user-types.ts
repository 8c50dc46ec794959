import type { LicenseDoc, Member, MemberRole } from './state';

// Which roles and add-on apps each user type can take, as the demo portal enforces them. Modelled
// on Esri's user type descriptions (Viewer: view only, no add-on licenses; Editor/Field Worker/
// Indoors: edit and field apps; Creator and GIS Professional: every role and app). Where a real
// portal draws the line exactly is not in the REST reference: see README "Members".

const ROLE_RANK: Record<MemberRole, number> = { org_user: 0, org_publisher: 1, org_admin: 2 };

interface UserTypeRule {
  name: string;
  maxRole: MemberRole;
  /** License app ids the type can hold; undefined: every app. */
  apps?: readonly string[];
}

const FIELD_APPS = ['Navigator', 'workforce'];
const RULES: Record<string, UserTypeRule> = {
  viewerUT: { name: 'Viewer', maxRole: 'org_user', apps: [] },
  IndoorsUserUT: { name: 'Indoors User', maxRole: 'org_user', apps: FIELD_APPS },
  fieldWorkerUT: { name: 'Mobile Worker', maxRole: 'org_user', apps: FIELD_APPS },
  editorUT: { name: 'Contributor', maxRole: 'org_user', apps: FIELD_APPS },
  creatorUT: { name: 'Creator', maxRole: 'org_admin' },
  GISProfessionalStdUT: { name: 'Professional', maxRole: 'org_admin' },
  GISProfessionalAdvUT: { name: 'Professional Plus', maxRole: 'org_admin' },
};

function ruleOf(userTypeId: string): UserTypeRule {
  return RULES[userTypeId] ?? { name: userTypeId, maxRole: 'org_admin' };
}

export function userTypeName(userTypeId: string): string {
  return ruleOf(userTypeId).name;
}

export function canTakeApp(userTypeId: string, appId: string): boolean {
  const { apps } = ruleOf(userTypeId);
  return apps === undefined || apps.includes(appId);
}

/** Why `member` cannot have `userTypeId` (its role, or an app it holds), in the portal's manner; undefined when it can. */
export function userTypeRefusal(member: Member, userTypeId: string): string | undefined {
  const rule = ruleOf(userTypeId);
  if (ROLE_RANK[member.role] > ROLE_RANK[rule.maxRole]) {
    return `User type '${rule.name}' is not compatible with the role of user '${member.username}'.`;
  }
  const blocking = member.apps.filter((app) => !canTakeApp(userTypeId, app));
  if (blocking.length > 0) {
    return `User type '${rule.name}' is not compatible with the licenses assigned to user '${member.username}' (${blocking.join(', ')}). Remove them first.`;
  }
  return undefined;
}

/** GET portals/self/userLicenseTypes entries: each licensed user type, the highest role it takes, the apps it can hold. */
export function userLicenseTypesJson(license: LicenseDoc): Record<string, unknown>[] {
  return license.userTypes.map(({ id }) => {
    const rule = ruleOf(id);
    return {
      id,
      name: rule.name,
      maxRole: rule.maxRole,
      compatibleApps: license.apps.filter((app) => canTakeApp(id, app.id)).map((app) => app.id),
    };
  });
}
