import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EmulatorError } from './router';
import type { LicenseCategory } from './state';

// The demo's license files (emulator/samples/). Real license files are signed by Esri and opaque;
// these are plain JSON so anyone can read and make one, with a checksum so a hand-edited file is
// "corrupt" as a real one would be. Dates are days from the day the file is read (UTC midnight), so
// the samples stay "a renewal", "expired" and so on whenever the demo runs. The format is described
// in emulator/README.md.

const DEMO_LICENSE_FORMAT = 'arcgis-license-dashboard-demo/1';
const DAY_MS = 86_400_000;

export type LicenseProduct = 'portal' | 'kubernetes' | 'server';

const PRODUCT_NAMES: Record<LicenseProduct, string> = {
  portal: 'ArcGIS Enterprise (portal)',
  kubernetes: 'ArcGIS Enterprise on Kubernetes',
  server: 'ArcGIS Server',
};

const Step = z.object({ id: z.string().min(1), maxUsers: z.number().int().nonnegative(), startDay: z.number().int() });
const Capability = z.object({ id: z.string().min(1), startDay: z.number().int(), endDay: z.number().int() });
const ServerItem = z.object({
  name: z.string().min(1),
  displayName: z.string().optional(),
  version: z.string().optional(),
  coreCount: z.number().int().nonnegative().optional(),
  appid: z.string().optional(),
  endDay: z.number().int(),
});

const DemoLicenseFileSchema = z.object({
  format: z.literal(DEMO_LICENSE_FORMAT),
  product: z.enum(['portal', 'kubernetes', 'server']),
  version: z.string().min(1),
  description: z.string().optional(),
  provision: z
    .object({
      userTypes: z.array(Step).default([]),
      apps: z.array(Step).default([]),
      appBundles: z.array(Step).default([]),
      extensions: z.array(Step).default([]),
    })
    .optional(),
  portalCapabilities: z.array(Capability).default([]),
  authorizations: z
    .object({
      edition: ServerItem.optional(),
      level: ServerItem.optional(),
      features: z.array(ServerItem).default([]),
      extensions: z.array(ServerItem).default([]),
    })
    .optional(),
  signature: z.string(),
});

export type DemoLicenseFile = z.infer<typeof DemoLicenseFileSchema>;
export type ProvisionStep = z.infer<typeof Step>;
export type ServerItemEntry = z.infer<typeof ServerItem>;

/** JSON with keys sorted at every level, so the checksum does not depend on formatting. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The checksum a sample carries: sha256 of everything in it but the signature. */
export function signatureOf(content: Record<string, unknown>): string {
  const rest = Object.fromEntries(Object.entries(content).filter(([key]) => key !== 'signature'));
  return `sha256:${createHash('sha256').update(canonical(rest)).digest('hex')}`;
}

const UTC_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

export function dayToEpoch(today: number, day: number): number {
  return today + day * DAY_MS;
}

/** The last day anything in the file is licensed, when everything in it has ended by `today`. */
function expiredOn(file: DemoLicenseFile, today: number): number | undefined {
  if (file.product === 'server') {
    const a = file.authorizations;
    const ends = [a?.edition, a?.level, ...(a?.features ?? []), ...(a?.extensions ?? [])].flatMap((i) => (i ? [i.endDay] : []));
    return ends.length > 0 && ends.every((d) => d <= 0) ? dayToEpoch(today, Math.max(...ends)) : undefined;
  }
  const steps = Object.values(file.provision ?? {}).flat();
  if (steps.length === 0) return undefined;
  const stillLicensed = Object.values(groupSteps(file)).some((byId) =>
    Object.values(byId).some((idSteps) => {
      const current = [...idSteps].reverse().find((s) => s.startDay <= 0);
      return (current?.maxUsers ?? 0) > 0 || idSteps.some((s) => s.startDay > 0 && s.maxUsers > 0);
    }),
  );
  if (stillLicensed) return undefined;
  const zeroSteps = steps.filter((s) => s.maxUsers === 0).map((s) => s.startDay);
  return dayToEpoch(today, zeroSteps.length > 0 ? Math.max(...zeroSteps) : 0);
}

/** Each category's steps by id, each id's steps soonest first. */
export function groupSteps(file: DemoLicenseFile): Record<LicenseCategory, Record<string, ProvisionStep[]>> {
  const grouped = { userTypes: {}, apps: {}, appBundles: {}, extensions: {} } as Record<LicenseCategory, Record<string, ProvisionStep[]>>;
  for (const category of Object.keys(grouped) as LicenseCategory[]) {
    for (const step of file.provision?.[category] ?? []) (grouped[category][step.id] ??= []).push(step);
    for (const steps of Object.values(grouped[category])) steps.sort((a, b) => a.startDay - b.startDay);
  }
  return grouped;
}

/** How the operation reading a file names it, for its error messages. */
export interface FileOperation {
  parameter: 'file' | 'licenseFile';
  /** First line of every refusal, e.g. "Unable to validate the license file." */
  headline: string;
}

/**
 * A license file as the portal judges it: readable, a license, intact, for this product and not
 * expired. Each refusal is an admin-shape error with the portal's kind of wording.
 */
export function readLicenseFile(bytes: Buffer | undefined, accepted: LicenseProduct, today: number, operation: FileOperation): DemoLicenseFile {
  const INVALID = operation.headline;
  if (!bytes) throw new EmulatorError(400, `Required parameter '${operation.parameter}' is missing.`);
  if (bytes.length === 0) throw new EmulatorError(400, INVALID, ['The license file is empty.']);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new EmulatorError(400, INVALID, ['The file could not be read as a license file.']);
  }
  const record = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  if (!record || record.format !== DEMO_LICENSE_FORMAT) {
    throw new EmulatorError(400, INVALID, ['The file is not an ArcGIS license file.']);
  }
  const file = DemoLicenseFileSchema.safeParse(record);
  if (!file.success || signatureOf(record) !== record.signature) {
    throw new EmulatorError(400, INVALID, ['The license file is corrupt or has been modified since it was issued.']);
  }
  if (file.data.product !== accepted) {
    throw new EmulatorError(400, INVALID, [
      `This is a license file for ${PRODUCT_NAMES[file.data.product]}; this deployment needs one for ${PRODUCT_NAMES[accepted]}.`,
    ]);
  }
  const expired = expiredOn(file.data, today);
  if (expired !== undefined) {
    throw new EmulatorError(400, INVALID, [`The license file expired on ${UTC_DATE.format(new Date(expired))}.`]);
  }
  return file.data;
}
