import { dayToEpoch, type DemoLicenseFile, type ServerItemEntry } from './license-files';
import type { ServerAuthorizations, ServerFeature, ServerLicenseItem } from './state';

// ArcGIS Server authorizations: what <server>/admin/system/licenses answers, and what
// importServerLicenses does with an authorization file (append, or replace with overwrite=true).

/** The licenses resource: edition, level, features and extensions, as ArcGIS Server documents them. */
export function serverLicensesView(authorizations: ServerAuthorizations): Record<string, unknown> {
  return {
    ...(authorizations.edition ? { edition: authorizations.edition } : {}),
    ...(authorizations.level ? { level: authorizations.level } : {}),
    features: authorizations.features,
    extensions: authorizations.extensions,
  };
}

function toItem(entry: ServerItemEntry, version: string, today: number): ServerLicenseItem {
  return {
    name: entry.name,
    version: entry.version ?? version,
    canExpire: true,
    expiration: dayToEpoch(today, entry.endDay),
    ...(entry.appid ? { appid: entry.appid } : {}),
  };
}

function toFeature(entry: ServerItemEntry, version: string, today: number): ServerFeature {
  return {
    displayName: entry.displayName ?? entry.name,
    isValid: true,
    name: entry.name,
    expiration: dayToEpoch(today, entry.endDay),
    canExpire: true,
    coreCount: entry.coreCount ?? 0,
    version: entry.version ?? version,
  };
}

/** Entries of `incoming` replace those of the same name; the rest of `current` stays. */
function mergeByName<T extends { name: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const names = new Set(incoming.map((i) => i.name));
  return [...current.filter((c) => !names.has(c.name)), ...incoming];
}

export function applyServerAuthorizationFile(target: ServerAuthorizations, file: DemoLicenseFile, overwrite: boolean, today: number): void {
  const a = file.authorizations;
  const incoming: ServerAuthorizations = {
    ...(a?.edition ? { edition: toItem(a.edition, file.version, today) } : {}),
    ...(a?.level ? { level: toItem(a.level, file.version, today) } : {}),
    features: (a?.features ?? []).map((f) => toFeature(f, file.version, today)),
    extensions: (a?.extensions ?? []).map((e) => toItem(e, file.version, today)),
  };
  if (overwrite) {
    target.edition = incoming.edition;
    target.level = incoming.level;
    target.features = incoming.features;
    target.extensions = incoming.extensions;
    return;
  }
  if (incoming.edition) target.edition = incoming.edition;
  if (incoming.level) target.level = incoming.level;
  target.features = mergeByName(target.features, incoming.features);
  target.extensions = mergeByName(target.extensions, incoming.extensions);
}
