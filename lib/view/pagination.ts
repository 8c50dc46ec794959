export interface Page<T> {
  rows: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
}

/** One page of rows. A page number past the end (rows were released meanwhile) shows the last page. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  const slice = rows.slice(start, start + size);
  return {
    rows: slice,
    page: current,
    pageCount,
    first: slice.length > 0 ? start + 1 : 0,
    last: start + slice.length,
    total: rows.length,
  };
}

/** Rows whose text contains every word typed, ignoring case. */
export function filterByWords<T>(rows: readonly T[], text: string, textOf: (row: T) => string): T[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = textOf(row).toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
