import type { VersionTraits } from './table';

const LICENSES_SPELLING = /^(\/admin\/orgs\/[^/]+\/)licenses(?=\/|$)/;

/**
 * The path as the routes spell it. Esri's Kubernetes examples spell the organization license both
 * …/license/… and …/licenses/…: a version with `licensesAlias` answers at both.
 */
export function canonicalPath(traits: VersionTraits, path: string): string {
  return traits.licensesAlias ? path.replace(LICENSES_SPELLING, '$1license') : path;
}

/** The version as an admin root reports it, in three parts ("11.1" → "11.1.0", as Esri's 11.1 example shows). */
export function fullVersion(version: string): string {
  const parts = version.split('.');
  while (parts.length < 3) parts.push('0');
  return parts.join('.');
}
