// The plan that reads every member of an organization larger than the portal's search window:
// users/search returns nothing past its 10,000th result (and caps `total` there), so the members
// are split by creation date into ranges that each hold fewer than 10,000. Pure: the portal client
// counts each range (a num=1 search) and asks this module what to do next.

/** users/search answers no result past this position; a range counted at this many may hold more. */
export const SEARCH_WINDOW = 10_000;
/** A full range is cut into this many: a 50,000-member organization needs a few rounds, not dozens. */
const PIECES = 4;

/** Creation times from `from` to `to`, both included, in epoch milliseconds. */
export interface CreatedRange {
  from: number;
  to: number;
}

/** A range with the `total` users/search gave for it (capped at SEARCH_WINDOW). */
export interface CountedRange extends CreatedRange {
  total: number;
}

/** What to do after counting: ranges to read, ranges to count again (each a piece of a full one), ranges that cannot be cut. */
export interface PartitionStep {
  read: CountedRange[];
  count: CreatedRange[];
  /** More than SEARCH_WINDOW members created in the same millisecond: no date range can reach them all. */
  unsplittable: CountedRange[];
}

/** Epoch ms as the search reference writes dates: 19 digits, zero-padded. */
function searchDate(epochMs: number): string {
  return String(Math.max(0, Math.trunc(epochMs))).padStart(19, '0');
}

/** users/search q for a range: `created:[0000001249084800000 TO 0000001249548000000]` (both ends included). */
export function createdQuery(range: CreatedRange): string {
  return `created:[${searchDate(range.from)} TO ${searchDate(range.to)}]`;
}

/** A range cut into up to PIECES adjoining ranges of (nearly) equal length, covering it exactly; one range when it is a single millisecond. */
export function splitRange(range: CreatedRange): CreatedRange[] {
  const length = range.to - range.from + 1;
  const pieces = Math.min(PIECES, length);
  const step = Math.ceil(length / pieces);
  const out: CreatedRange[] = [];
  for (let from = range.from; from <= range.to; from += step) out.push({ from, to: Math.min(range.to, from + step - 1) });
  return out;
}

/**
 * The next step from counted ranges: a range under the window is read as it is (its total is
 * exact); a range at the window is cut and its pieces counted again; an empty range is dropped.
 */
export function partitionStep(counted: readonly CountedRange[]): PartitionStep {
  const step: PartitionStep = { read: [], count: [], unsplittable: [] };
  for (const range of counted) {
    if (range.total === 0) continue;
    if (range.total < SEARCH_WINDOW) step.read.push(range);
    else if (range.from === range.to) step.unsplittable.push(range);
    else step.count.push(...splitRange(range));
  }
  return step;
}

/**
 * Start positions of the pages of `total` results, `num` per page (1-based, as the sharing API
 * counts), none past `window` (users/search's; a listing has none: Infinity).
 */
export function pageStarts(total: number, num: number, window = SEARCH_WINDOW): number[] {
  const starts: number[] = [];
  for (let start = 1; start <= Math.min(total, window); start += num) starts.push(start);
  return starts;
}
