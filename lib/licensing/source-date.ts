// ArcGIS Server's `expirationString` is Java's Date.toString() in the server's own zone:
// "Wed Oct 21 00:00:00 CEST 2026". The server means that calendar day (its local midnight), which
// in UTC is often the day before; the day is read from the text, the zone is not needed for it.
const JAVA_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) \d{2}:\d{2}:\d{2} [A-Za-z][A-Za-z0-9+:-]* (\d{4})$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The calendar day a source's own date string names, as "YYYY-MM-DD" (ISO 8601), or undefined
 * when the string is not in the "EEE MMM d HH:mm:ss zzz yyyy" shape or names no real day.
 */
export function sourceCalendarDay(text: string): string | undefined {
  const match = JAVA_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, monthName = '', dayText = '', yearText = ''] = match;
  const month = MONTHS.indexOf(monthName) + 1;
  const day = Number(dayText);
  const year = Number(yearText);
  if (month === 0) return undefined;
  // Date.UTC rolls Feb 30 over to March: a day that does not exist is not a date.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A "YYYY-MM-DD" day as epoch ms at its midnight UTC: the day's place on a timeline and in day counts. */
export function calendarDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}
