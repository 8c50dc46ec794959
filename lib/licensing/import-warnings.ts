import { formatCount, formatDaysFromNow, formatUtcDate } from '../view/dates';
import { daysUntil } from './expiry-buckets';
import { futureSteps, positionAt } from './entitlement-schedule';
import type { DiffRow } from './license-diff';
import type { LicenseFileContents } from './license-file';
import { VERSION_NOT_REPORTED } from './license-model';
import { membersText, seatsText, seatShortfall } from './seat-shortfall';

// Where importing a file would hurt, in plain words. Each warning names what it is about, so the
// confirmation can repeat them and nobody imports blind.

type ImportWarningKind = 'over-use' | 'removed-in-use' | 'expired' | 'expires-soon' | 'version';

export interface ImportWarning {
  kind: ImportWarningKind;
  message: string;
  /** Diff rows it concerns (empty for the file as a whole). */
  keys: string[];
}

/** Within this many days an expiry is "soon" (the expirations page's first bucket). */
const EXPIRES_SOON_DAYS = 30;

function overUse(rows: readonly DiffRow[]): ImportWarning[] {
  return rows.flatMap((row) => {
    const short = seatShortfall(row.next?.seats, row.used);
    if (!short) return [];
    return [
      {
        kind: 'over-use' as const,
        message: `${row.name}: ${seatsText(short.seats)}, ${membersText(short.used)} assigned — ${formatCount(short.over)} over`,
        keys: [row.key],
      },
    ];
  });
}

/** A later step of the file that leaves fewer seats than members hold now (the first such step). */
function futureOverUse(rows: readonly DiffRow[], file: LicenseFileContents, now: number): ImportWarning[] {
  const schedules = new Map(file.schedules.map((s) => [`${s.category}:${s.id}`.toLowerCase(), s]));
  return rows.flatMap((row) => {
    const schedule = schedules.get(row.key.toLowerCase());
    if (!schedule || row.next === undefined) return [];
    // A step to 0 seats is the expiry, which the other warnings cover.
    const first = futureSteps(schedule, now)
      .filter((step) => step.seats !== 0)
      .map((step) => ({ step, short: seatShortfall(step.seats, row.used) }))
      .find((s) => s.short);
    if (!first?.short) return [];
    const { step, short } = first;
    return [
      {
        kind: 'over-use' as const,
        message: `${row.name}: from ${formatUtcDate(step.start)}, ${seatsText(short.seats)}, ${membersText(short.used)} assigned — ${formatCount(short.over)} over`,
        keys: [row.key],
      },
    ];
  });
}

function removedInUse(rows: readonly DiffRow[]): ImportWarning[] {
  return rows.flatMap((row) => {
    if (!row.marks.includes('removed') || !row.used) return [];
    const why = row.endedOn !== undefined ? `it ended in this file on ${formatUtcDate(row.endedOn)} (UTC)` : 'the new license does not include it';
    return [{ kind: 'removed-in-use' as const, message: `${row.name}: ${membersText(row.used)} assigned, and ${why}`, keys: [row.key] }];
  });
}

function expired(file: LicenseFileContents, rows: readonly DiffRow[], now: number): ImportWarning[] {
  const ended = file.schedules.flatMap((schedule) => {
    const position = positionAt(schedule, now);
    return position.state === 'ended' ? [{ schedule, endedOn: position.endedOn }] : [];
  });
  if (ended.length === 0) return [];
  const lastEnd = Math.max(...ended.map((e) => e.endedOn));
  if (ended.length === file.schedules.length) {
    return [
      { kind: 'expired', message: `This license file has already expired: everything in it ended by ${formatUtcDate(lastEnd)} (UTC).`, keys: [] },
    ];
  }
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  const names = ended.map(({ schedule, endedOn }) => {
    const key = `${schedule.category}:${schedule.id}`;
    return `${rowOf.get(key)?.name ?? schedule.id} (ended ${formatUtcDate(endedOn)})`;
  });
  return [
    {
      kind: 'expired',
      message: `Already expired in this file: ${names.join(', ')}.`,
      keys: ended.map((e) => `${e.schedule.category}:${e.schedule.id}`),
    },
  ];
}

function expiresSoon(rows: readonly DiffRow[], now: number): ImportWarning[] {
  const licensed = rows.filter((row) => row.next);
  const soon = licensed.filter((row) => {
    const end = row.next?.expiration;
    return end !== undefined && daysUntil(end, now) <= EXPIRES_SOON_DAYS;
  });
  if (soon.length === 0) return [];
  const ends = new Set(soon.map((row) => formatUtcDate(row.next?.expiration as number)));
  const first = soon[0]?.next?.expiration as number;
  if (soon.length === licensed.length && ends.size === 1) {
    return [
      {
        kind: 'expires-soon',
        message: `This license file expires on ${formatUtcDate(first)} (UTC), ${formatDaysFromNow(first, now)}: you will need another one within ${EXPIRES_SOON_DAYS} days.`,
        keys: soon.map((row) => row.key),
      },
    ];
  }
  const names = soon.map(
    (row) => `${row.name} on ${formatUtcDate(row.next?.expiration as number)} (${formatDaysFromNow(row.next?.expiration as number, now)})`,
  );
  return [
    {
      kind: 'expires-soon',
      message: `Expires within ${EXPIRES_SOON_DAYS} days in this file: ${names.join(', ')}.`,
      keys: soon.map((row) => row.key),
    },
  ];
}

/** "11.4", "11.4.0" and 11.4 are the same version; compare major and minor. */
function majorMinor(version: string): string {
  return version
    .trim()
    .split('.')
    .slice(0, 2)
    .map((part) => String(Number.parseInt(part, 10)))
    .join('.');
}

function versionMismatch(file: LicenseFileContents, portalVersion: string): ImportWarning[] {
  if (!file.version || portalVersion === VERSION_NOT_REPORTED || majorMinor(file.version) === majorMinor(portalVersion)) return [];
  return [{ kind: 'version', message: `This file is for ArcGIS Enterprise ${file.version}; the portal runs ${portalVersion}.`, keys: [] }];
}

export function importWarnings(rows: readonly DiffRow[], file: LicenseFileContents, portalVersion: string, now: number): ImportWarning[] {
  return [
    ...overUse(rows),
    ...futureOverUse(rows, file, now),
    ...removedInUse(rows),
    ...expired(file, rows, now),
    ...expiresSoon(rows, now),
    ...versionMismatch(file, portalVersion),
  ];
}
