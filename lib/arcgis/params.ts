/** A parameter value as callers hold it; encodeParam turns it into what ArcGIS reads. */
export type ParamValue = string | number | boolean | Date | readonly (string | number)[] | { readonly [key: string]: unknown } | null | undefined;

/**
 * ArcGIS parameter encoding (as arcgis-rest-js does it): arrays comma-joined, objects as JSON,
 * dates as epoch ms. undefined and null mean "not sent" and give undefined.
 */
export function encodeParam(value: ParamValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return String(value.getTime());
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every parameter that is sent, as [name, encoded value] pairs in the order given. */
export function encodeParams(params: Record<string, ParamValue>): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) => {
    const encoded = encodeParam(value);
    return encoded === undefined ? [] : [[key, encoded] as [string, string]];
  });
}
