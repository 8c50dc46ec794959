const UTC_DATE_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Oct 22, 2025, 14:05 UTC": a moment, in the zone the rest of the dashboard uses, with the zone named. */
export function formatUtcDateTime(epochMs: number): string {
  return `${UTC_DATE_TIME.format(new Date(epochMs))} UTC`;
}
