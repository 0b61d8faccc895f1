/**
 * Ascending sort of the present (non-NaN) values of a column, with their
 * original indices, and the descending ranks built on it: O(n) integer sorts
 * on the IEEE-754 bit patterns, no comparator callbacks, no per-element
 * allocation. Ranks, deciles and rank correlations all start here.
 *
 * Two paths:
 * - whole numbers spanning a range not much larger than n (published ranks,
 *   counts, codes): a counting sort, one pass;
 * - anything else: the radix sort of radixOrder.ts, on the high words of the
 *   doubles, with values that share a high word finished by comparing the
 *   doubles themselves — or, for a rank, not finished at all: a rank needs only
 *   the count of the run's values above each one.
 * Both are stable. -0 is folded into +0 so the two compare equal, as in Excel.
 *
 * `rankDescendingInPlace` walks the radix order once to write each row's rank
 * into the column itself: no sorted copy, no permutation to apply, and ties
 * are found from the sorted keys, so the column is written at random once per
 * row and read only where two keys are equal. Each walk is a function of its
 * own, for the reason radixOrder.ts gives.
 */

import { LONG_RUN, type SortedRows, finishRuns, radixOrder, sortKeysBuffer, sortRunByLow } from "./radixOrder";

/** A counting sort is used for whole numbers whose range is at most this many times n. */
const COUNTING_RANGE_FACTOR = 4;

export interface SortOrder {
  /** Indices of the present values, ascending by value; length = `count`. */
  readonly order: Uint32Array;
  /** The present values in ascending order (sorted[j] = values[order[j]], -0 as +0). */
  readonly sorted: Float64Array;
  /** Number of present values. */
  readonly count: number;
}

/** One pass over a column: how many values are present, their range, and whether all are whole numbers. */
export interface ColumnScan {
  count: number;
  min: number;
  max: number;
  integral: boolean;
}

export function scanColumn(values: ArrayLike<number>): ColumnScan {
  let count = 0;
  let integral = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      count++;
      if (v < min) min = v;
      if (v > max) max = v;
      if (integral && Math.floor(v) !== v) integral = false;
    }
  }
  return { count, min, max, integral };
}

/** True when a counting sort (one bucket per whole number in [min, max]) is the cheapest order. */
export function countingSortApplies(scan: ColumnScan): boolean {
  return scan.count >= 2 && scan.integral && scan.max - scan.min <= COUNTING_RANGE_FACTOR * scan.count;
}

/**
 * The present values of `values` in ascending order, with their indices.
 * Equal values keep their original index order (the sort is stable).
 *
 * @example sortAscending(Float64Array.of(3, NaN, 1, 2)) // { order: [2, 3, 0], sorted: [1, 2, 3], count: 3 }
 */
export function sortAscending(values: ArrayLike<number>, scan: ColumnScan = scanColumn(values)): SortOrder {
  const { count } = scan;
  if (countingSortApplies(scan)) return countingSort(values, count, scan.min, scan.max);
  const keys = sortKeysBuffer(values.length);
  for (let i = 0; i < values.length; i++) keys[i] = values[i];
  const radix = radixOrder(keys, scan.count, scan.min, scan.max);
  finishRuns(keys, radix);
  const order = radix.rows.slice();
  const sorted = new Float64Array(count);
  for (let j = 0; j < count; j++) sorted[j] = keys[order[j]];
  return { order, sorted, count };
}

/**
 * Indices of the present values of `values`, in ascending order of value.
 * @example ascendingOrder(Float64Array.of(3, NaN, 1, 2)).order // Uint32Array [2, 3, 0]
 */
export function ascendingOrder(values: ArrayLike<number>): SortOrder {
  return sortAscending(values);
}

/**
 * Overwrites each present value of `column` with its descending "min" rank
 * (1 = highest, ties share the lowest rank of their run: 1, 2, 2, 4), or with
 * table[rank] when a table is given (the exponential transform of the rank);
 * missing values (NaN) stay NaN. For a column the caller owns: one sort, one
 * walk, nothing allocated once the buffers have grown.
 *
 * @example rankDescendingInPlace(Float64Array.of(10, 30, NaN, 30)) // Float64Array [3, 1, NaN, 1]
 */
export function rankDescendingInPlace(
  column: Float64Array,
  table?: Float64Array,
  scan: ColumnScan = scanColumn(column),
): Float64Array {
  if (countingSortApplies(scan)) return rankByCounting(column, scan.min, scan.max, table);
  writeDescendingRanks(column, radixOrder(column, scan.count, scan.min, scan.max), table);
  return column;
}

/**
 * The walk of rankDescendingInPlace, from the highest key down. A key of its own is one value: its rank is
 * its position. Rows sharing a key (values equal to about 6 digits) are ranked among themselves by their
 * values, so the radix order needs no finishing and the column is read only inside such runs.
 */
function writeDescendingRanks(column: Float64Array, { rows, keys }: SortedRows, table: Float64Array | undefined): void {
  let position = 1;
  for (let end = rows.length; end > 0;) {
    const key = keys[end - 1];
    let start = end - 1;
    while (start > 0 && keys[start - 1] === key) start--;
    if (end - start === 1) column[rows[start]] = table ? table[position] : position;
    else writeRunRanks(column, rows, start, end, position, table);
    position += end - start;
    end = start;
  }
}

/** The values of a short run, copied before the walk writes ranks over them. */
const runScratch = new Float64Array(LONG_RUN);

/**
 * Ranks inside a run of rows whose values share their key, in any order: each value's rank is the run's
 * first rank plus the number of values of the run above it. Short runs count in a scratch copy (the column
 * is overwritten as they go); long ones are sorted by their low words first and walked.
 */
function writeRunRanks(
  column: Float64Array,
  rows: Uint32Array,
  start: number,
  end: number,
  first: number,
  table: Float64Array | undefined,
): void {
  const length = end - start;
  if (length > LONG_RUN) {
    sortRunByLow(column, rows, start, end);
    let rank = first;
    let previous = NaN;
    for (let j = end - 1, position = first; j >= start; j--, position++) {
      const row = rows[j];
      const v = column[row];
      if (v !== previous) {
        rank = position;
        previous = v;
      }
      column[row] = table ? table[rank] : rank;
    }
    return;
  }
  const values = runScratch;
  for (let k = 0; k < length; k++) values[k] = column[rows[start + k]];
  for (let k = 0; k < length; k++) {
    const v = values[k];
    let above = 0;
    for (let m = 0; m < length; m++) if (values[m] > v) above++;
    column[rows[start + k]] = table ? table[first + above] : first + above;
  }
}

/**
 * Descending "min" ranks of whole numbers in a narrow range (published ranks,
 * counts), in place: rank = 1 + the number of values above, read off a histogram.
 */
function rankByCounting(column: Float64Array, min: number, max: number, table?: Float64Array): Float64Array {
  const n = column.length;
  // above[b] = number of values whose bucket is above b (bucket = value − min).
  const above = new Uint32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (v === v) above[(v - min) | 0]++;
  }
  // Per bucket: the rank of its values (1 + values above), or that rank's table entry.
  const result = new Float64Array(above.length);
  let running = 0;
  for (let b = above.length - 1; b >= 0; b--) {
    const c = above[b];
    result[b] = table ? table[running + 1] : running + 1;
    running += c;
  }
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (v === v) column[i] = result[(v - min) | 0];
  }
  return column;
}

/** Counting sort of the present whole-number values in [min, max]. */
function countingSort(values: ArrayLike<number>, count: number, min: number, max: number): SortOrder {
  const n = values.length;
  const offsets = new Uint32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === v) offsets[((v - min) | 0) + 1]++;
  }
  for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
  const order = new Uint32Array(count);
  const sorted = new Float64Array(count);
  for (let b = 0; b < offsets.length - 1; b++) sorted.fill(min + b, offsets[b], offsets[b + 1]);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === v) order[offsets[(v - min) | 0]++] = i;
  }
  return { order, sorted, count };
}
