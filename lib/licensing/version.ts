// ArcGIS Enterprise versions as the license resource reports them: "11.4", "11.4.0", sometimes a number.

/** The numeric parts of a version ("11.4.0" → [11, 4, 0]), or undefined when it is not one. */
function parseVersion(version: string): number[] | undefined {
  const match = /^\s*(\d+(?:\.\d+)*)/.exec(version);
  if (!match?.[1]) return undefined;
  return match[1].split('.').map(Number);
}

/**
 * Whether `version` is `minimum` or later. Undefined when the version cannot be read: callers then
 * let the portal decide rather than hiding an operation it may well support.
 */
export function isAtLeast(version: string, minimum: string): boolean | undefined {
  const have = parseVersion(version);
  const need = parseVersion(minimum);
  if (!have || !need) return undefined;
  for (let i = 0; i < Math.max(have.length, need.length); i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
