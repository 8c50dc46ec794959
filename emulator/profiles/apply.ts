import type { OrgState, ServerLicenseItem } from '../state';
import { DEFAULT_TRAITS, PROFILE_NAMES, PROFILES, type ProfileName, type VersionTraits } from './table';

type Kind = 'portal' | 'kubernetes';

/** The profile each deployment kind answers as. */
export type ProfileSelection = Record<Kind, ProfileName>;

const DEFAULT_SELECTION: ProfileSelection = { portal: 'default', kubernetes: 'default' };

function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}

/**
 * Profiles by name ("portal-10.9.1", "kubernetes-11.0", "default"), as EMULATOR_PROFILE (comma
 * separated) or the control API give them; a kind no name mentions stays at its default. Throws on
 * an unknown name, or two names for one kind.
 */
export function selectProfiles(names: readonly string[]): ProfileSelection {
  const selection = { ...DEFAULT_SELECTION };
  const chosen = new Set<Kind>();
  for (const raw of names.map((n) => n.trim()).filter((n) => n.length > 0)) {
    if (!isProfileName(raw)) throw new Error(`Unknown emulator profile "${raw}". Profiles: ${PROFILE_NAMES.join(', ')}.`);
    if (raw === 'default') continue;
    const { kind } = PROFILES[raw];
    if (chosen.has(kind)) throw new Error(`Two profiles for the ${kind} deployment: choose one.`);
    chosen.add(kind);
    selection[kind] = raw;
  }
  return selection;
}

/** The traits of `name` for a deployment of `kind` (a profile of the other kind leaves it at its default). */
export function traitsOf(name: ProfileName, kind: Kind): VersionTraits {
  if (name === 'default') return DEFAULT_TRAITS[kind];
  const { kind: profileKind, ...differences } = PROFILES[name];
  return profileKind === kind ? { ...DEFAULT_TRAITS[kind], ...differences } : DEFAULT_TRAITS[kind];
}

function renameApp(org: OrgState, from: string, to: string): void {
  for (const app of org.license.apps) if (app.id === from) app.id = to;
  for (const entry of org.futureLicense) if (entry.category === 'apps' && entry.id === from) entry.id = to;
  for (const member of org.members) {
    member.apps = member.apps.map((id) => (id === from ? to : id));
    for (const checkout of member.checkouts) if (checkout.appId === from) checkout.appId = to;
  }
}

function dropApp(org: OrgState, id: string): void {
  org.license.apps = org.license.apps.filter((app) => app.id !== id);
  org.futureLicense = org.futureLicense.filter((entry) => entry.category !== 'apps' || entry.id !== id);
  for (const member of org.members) {
    member.apps = member.apps.filter((appId) => appId !== id);
    member.checkouts = member.checkouts.filter((checkout) => checkout.appId !== id);
  }
}

/**
 * A freshly seeded organization (seed.ts: Esri's 11.4 example) as a deployment of this version
 * holds it: the license's version and app ids, the License Manager, the servers' version. Changes
 * `org` in place, before anything has indexed its members.
 */
export function applyTraits(org: OrgState, traits: VersionTraits): void {
  org.license.version = traits.version;
  if (traits.drone2MapLicenseId !== 'arcgisd2m') renameApp(org, 'arcgisd2m', traits.drone2MapLicenseId);
  if (!traits.allSourceListed) dropApp(org, 'allsource');
  org.licenseManager = { ...traits.licenseManager };
  const relabel = (item: ServerLicenseItem | undefined) => {
    if (item) item.version = traits.version;
  };
  for (const authorizations of [org.serverAuthorizations, ...org.federatedServers.map((s) => s.authorizations)]) {
    relabel(authorizations.edition);
    relabel(authorizations.level);
    authorizations.features.forEach((feature) => (feature.version = traits.version));
    authorizations.extensions.forEach(relabel);
  }
}
