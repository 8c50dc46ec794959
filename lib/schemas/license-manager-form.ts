import { z } from 'zod';

// The "Update License Manager" form: checked in the browser for instant messages beside each field
// and again by the route before anything reaches the portal.

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** What is wrong with a host name (RFC 1123: letters, digits, hyphens, dots), in words; undefined when it is fine. */
export function hostNameProblem(host: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return 'Enter the host name only, without http:// or https://.';
  if (host.includes('/')) return 'Enter the host name only, without a path.';
  if (/\s/.test(host)) return 'A host name cannot contain spaces.';
  if (host.includes(',')) return 'Enter one host name per field; the second goes in Backup host.';
  if (host.includes(':')) return 'Enter the port in the Port field, not after the host name.';
  if (host.length > MAX_HOST_LENGTH) return `A host name is at most ${MAX_HOST_LENGTH} characters.`;
  const labels = host.split('.');
  if (labels.some((label) => label.length === 0)) return 'A host name cannot start or end with a dot or have two dots in a row.';
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) return `Each part between dots is at most ${MAX_LABEL_LENGTH} characters.`;
  if (!labels.every((label) => LABEL.test(label))) {
    return 'Use letters, digits, hyphens and dots only, with no hyphen at either end of a part (e.g. licensemanager.example.com).';
  }
  return undefined;
}

function hostName(emptyMessage: string) {
  return z
    .string({ error: emptyMessage })
    .trim()
    .min(1, { error: emptyMessage })
    .superRefine((host, context) => {
      const problem = hostNameProblem(host);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

const PORT_MESSAGE = 'The port must be a whole number from 1 to 65535.';

// A form sends the port as text; JSON callers may send a number. Either way it must be a plain integer.
const port = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    if (text === '') return undefined;
    return /^\d+$/.test(text) ? Number(text) : Number.NaN;
  },
  z
    .number({ error: (issue) => (issue.input === undefined ? 'Enter the port (27000 unless your License Manager uses another).' : PORT_MESSAGE) })
    .int({ error: PORT_MESSAGE })
    .min(1, { error: PORT_MESSAGE })
    .max(65535, { error: PORT_MESSAGE }),
);

export const DEFAULT_LICENSE_MANAGER_PORT = 27000;

export const LicenseManagerFormSchema = z
  .object({
    primaryHost: hostName('Enter the host name of the License Manager.'),
    backupHost: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(hostName('Enter the backup host name.').optional()),
    port,
  })
  .superRefine((form, context) => {
    if (form.backupHost && form.backupHost.toLowerCase() === form.primaryHost.toLowerCase()) {
      context.addIssue({ code: 'custom', path: ['backupHost'], message: 'The backup host must be a different machine from the primary host.' });
    }
  });

export type LicenseManagerForm = z.output<typeof LicenseManagerFormSchema>;

/**
 * Whether the form names no host at all. Where the License Manager is optional (11.4+) that is not
 * an error but nothing to send: Esri's updateLicenseManager reference documents no way to remove
 * one, so an empty host is never sent, and the route's schema above still refuses it.
 */
export function isBlankLicenseManagerForm(values: { primaryHost?: string; backupHost?: string }): boolean {
  return !values.primaryHost?.trim() && !values.backupHost?.trim();
}
