import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

/** A CSV cell as given: text is made inert, numbers and booleans are written as they are, null/undefined empty. */
export type CsvCell = string | number | boolean | null | undefined;

// Spreadsheets run a cell that begins with one of these as a formula (CSV injection; OWASP's list).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet will show rather than run: a leading apostrophe before a formula's first character. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * CSV (RFC 4180, CRLF line ends, header first) of rows read one at a time, through csv-stringify, so a
 * long export never sits in memory. Every text cell goes through inertCell. An error while reading
 * the rows (the store out of reach mid-way) ends the stream with that error.
 */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>): Readable {
  // csv-stringify quotes only cells holding the record delimiter (CRLF here); a lone LF or CR must be
  // quoted too, or spreadsheets start a new row there.
  const csv = stringify({ header: true, columns: [...header], record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { string: inertCell } });
  pipeline(Readable.from(rows), csv).catch(() => {
    // pipeline has already destroyed `csv` with the error; its reader sees it there.
  });
  return csv;
}
