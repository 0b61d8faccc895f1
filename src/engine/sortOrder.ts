/**
 * Ascending sort of the present (non-NaN) values of a column, with their
 * original indices: O(n) integer sorts on the IEEE-754 bit patterns, no
 * comparator callbacks, no per-element allocation. Ranks, deciles and rank
 * correlations all start here.
 *
 * Two paths:
 * - whole numbers spanning a range not much larger than n (published ranks,
 *   counts, codes): a counting sort, one pass;
 * - anything else: the doubles are mapped to unsigned integers that sort in
 *   the same order (flip every bit of negatives, only the sign bit of
 *   positives); an LSD radix sort orders the row numbers by their high 32 bits
 *   (sign, exponent and 20 bits of mantissa) less the smallest of them — two
 *   passes of up to 12 bits when that fits in 24 bits, else three of 11, each
 *   skipped when its digit is the same for every key — then runs that share the high
 *   word are finished by comparing the doubles themselves (such runs are
 *   short: values equal to about 6 significant digits); a rank needs no
 *   finished order, only the count of the run's values above each one.
 * Both are stable. -0 is folded into +0 so the two compare equal, as in Excel.
 *
 * Design for Excel's 1,048,575 rows (the sort is the cost of every rank):
 * - the radix moves only a 32-bit key and a 32-bit row number per value (8
 *   bytes a pass); the low word is never copied, it is read from the column
 *   only where two high words are equal;
 * - the smallest and largest key come from the column scan the caller makes
 *   anyway, so the keys are extracted and counted for every digit in one pass;
 * - `radixOrder` leaves the row numbers and their keys in ascending order of
 *   key in buffers, and `rankDescendingInPlace` walks them once to write each
 *   row's rank into the column itself: no sorted copy, no permutation to
 *   apply, and ties are found from the sorted keys, so the column is written
 *   at random once per row and read only where two keys are equal;
 * - the key, row-number and histogram buffers are module-level and reused (the
 *   engine is synchronous): a call allocates no scratch once the buffers have
 *   grown, so a recalculation does not allocate and collect tens of MB (on a
 *   virtual machine the first touch of fresh memory costs ~3.6 ms per MB);
 * - every hot loop is a small function of its own: V8 optimises a long-running
 *   loop while it runs (on-stack replacement), and a function holding several
 *   loops is thrown back to the interpreter at each later loop it has not yet
 *   seen run. A first call (what a user waits for on opening a workbook) would
 *   spend much of its time there.
 */

/**
 * The high words are sorted by their distance from the smallest one: when
 * those distances fit in 24 bits (values within a few binades, the usual
 * indicator) two passes of at most 12-bit digits, else three of 11 bits.
 */
const TWO_PASS_BITS = 24;
const MAX_DIGIT_BITS = 12;
/** Below this size an insertion sort beats the histograms. */
const SMALL = 48;
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

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * The present values of `values` in ascending order, with their indices.
 * Equal values keep their original index order (the sort is stable).
 *
 * @example sortAscending(Float64Array.of(3, NaN, 1, 2)) // { order: [2, 3, 0], sorted: [1, 2, 3], count: 3 }
 */
export function sortAscending(values: ArrayLike<number>, scan: ColumnScan = scanColumn(values)): SortOrder {
  const { count } = scan;
  if (countingSortApplies(scan)) return countingSort(values, count, scan.min, scan.max);
  const keys = buffers.keysFor(values.length);
  for (let i = 0; i < values.length; i++) keys[i] = values[i];
  const radix = radixOrder(keys, scan);
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
  writeDescendingRanks(column, radixOrder(column, scan), table);
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

/** Scratch space reused by every sort (grown on demand by half again, never shrunk). */
class SortBuffers {
  hi = new Uint32Array(0);
  hiSwap = new Uint32Array(0);
  rows = new Uint32Array(0);
  rowSwap = new Uint32Array(0);
  keys = new Float64Array(0);
  readonly histograms = new Uint32Array(3 << MAX_DIGIT_BITS);
  readonly offsets = new Uint32Array(1 << MAX_DIGIT_BITS);

  ensure(count: number): void {
    if (this.hi.length >= count) return;
    const size = Math.max(count, Math.ceil(this.hi.length * 1.5));
    this.hi = new Uint32Array(size);
    this.hiSwap = new Uint32Array(size);
    this.rows = new Uint32Array(size);
    this.rowSwap = new Uint32Array(size);
  }

  keysFor(length: number): Float64Array {
    if (this.keys.length < length) this.keys = new Float64Array(Math.max(length, Math.ceil(this.keys.length * 1.5)));
    return this.keys.subarray(0, length);
  }
}

const buffers = new SortBuffers();

/** Row numbers in ascending order of key, with their radix keys (views of the reused buffers). */
interface SortedRows {
  readonly rows: Uint32Array;
  /** The high-word key of each row, less the smallest: equal keys for equal values, ascending. */
  readonly keys: Uint32Array;
}

/** One double's high word as an unsigned integer in the order of the values (-0 as +0). */
const keyScratch = new Float64Array(1);
const keyScratchWords = new Uint32Array(keyScratch.buffer);
function highKey(v: number): number {
  keyScratch[0] = v === 0 ? 0 : v;
  const h = keyScratchWords[HI];
  return h & 0x80000000 ? ~h >>> 0 : (h | 0x80000000) >>> 0;
}

/**
 * The row numbers of the present values of `values`, in ascending order of
 * their keys (stable), with the keys, in reused buffers valid until the next
 * sort; rows sharing a key are in row order (finishRuns sorts them by value).
 * `scan` is the column's scan (count, min and max). Folds -0 into +0 in `values`.
 */
function radixOrder(values: Float64Array, scan: ColumnScan): SortedRows {
  const count = scan.count;
  buffers.ensure(count);
  const low = count ? highKey(scan.min) : 0;
  const span = count ? (highKey(scan.max) - low) >>> 0 : 0;
  const bits = span === 0 ? 0 : 32 - Math.clz32(span);
  const passes = count <= SMALL || bits === 0 ? 0 : bits <= TWO_PASS_BITS ? 2 : 3;
  const digitBits = passes ? Math.ceil(bits / passes) : 0;
  const radix = 1 << digitBits;
  const histograms = buffers.histograms;
  histograms.fill(0, 0, passes * radix);
  extractKeys(values, low, buffers.hi, buffers.rows, histograms, passes, digitBits);
  if (count <= SMALL) return sortFew(values, count);

  let sorted = { rows: buffers.rows, keys: buffers.hi };
  let spare = { rows: buffers.rowSwap, keys: buffers.hiSwap };
  for (let pass = 0; pass < passes; pass++) {
    const base = pass * radix;
    const shift = pass * digitBits;
    if (histograms[base + ((sorted.keys[0] >>> shift) & (radix - 1))] === count) continue; // one digit everywhere
    scatter(sorted, spare, count, histograms.subarray(base, base + radix), shift);
    [sorted, spare] = [spare, sorted];
  }
  return { rows: sorted.rows.subarray(0, count), keys: sorted.keys.subarray(0, count) };
}

/**
 * The keys (high word less `low`) and row numbers of the present values, in row order, and the count of
 * each digit of each pass. -0 becomes +0 in `values`.
 */
function extractKeys(
  values: Float64Array,
  low: number,
  keys: Uint32Array,
  rows: Uint32Array,
  histograms: Uint32Array,
  passes: number,
  digitBits: number,
): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const radix = 1 << digitBits;
  const mask = radix - 1;
  for (let i = 0, k = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v === 0) values[i] = 0; // -0 → +0
    let h = words[2 * i + HI];
    h = ((h & 0x80000000 ? ~h : h | 0x80000000) - low) >>> 0;
    keys[k] = h;
    rows[k++] = i;
    if (passes === 0) continue;
    histograms[h & mask]++;
    histograms[radix + ((h >>> digitBits) & mask)]++;
    if (passes === 3) histograms[2 * radix + (h >>> (2 * digitBits))]++;
  }
}

/** One LSD pass: `from` moved into `to` by the digit at `shift`, stably, with the digit counts given. */
function scatter(from: SortedRows, to: SortedRows, count: number, counts: Uint32Array, shift: number): void {
  const offsets = buffers.offsets;
  const mask = counts.length - 1;
  let sum = 0;
  for (let b = 0; b < counts.length; b++) {
    offsets[b] = sum;
    sum += counts[b];
  }
  const { keys, rows } = from;
  const toKeys = to.keys;
  const toRows = to.rows;
  for (let j = 0; j < count; j++) {
    const h = keys[j];
    const target = offsets[(h >>> shift) & mask]++;
    toKeys[target] = h;
    toRows[target] = rows[j];
  }
}

/**
 * Orders the rows inside each run of equal keys by their values: insertion sort for the usual short runs,
 * a packed native sort for long ones (many values equal to 6 digits would make insertion quadratic).
 */
function finishRuns(values: Float64Array, { rows, keys }: SortedRows): void {
  const count = rows.length;
  for (let start = 0; start < count;) {
    const h = keys[start];
    let end = start + 1;
    while (end < count && keys[end] === h) end++;
    if (end - start > LONG_RUN) sortRunByLow(values, rows, start, end);
    else if (end - start > 1) insertionSortRows(values, rows, start, end);
    start = end;
  }
}

/** At most SMALL present values: an insertion sort of their rows, and their keys in that order. */
function sortFew(values: Float64Array, count: number): SortedRows {
  const rows = buffers.rows.subarray(0, count);
  const keys = buffers.hi.subarray(0, count);
  insertionSortRows(values, rows, 0, count);
  for (let j = 0; j < count; j++) keys[j] = highKey(values[rows[j]]);
  return { rows, keys };
}

/** Runs longer than this are sorted by sortRunByLow rather than by insertion (or ranked by counting). */
const LONG_RUN = 64;
const runScratch = new Float64Array(LONG_RUN);
/** 2^21 > Excel's 1,048,576 rows: a position in a run fits in 21 bits, the low word in the other 32. */
const POSITION_BITS = 2 ** 21;

/**
 * Sorts rows[start, end) — values sharing their high word, so one sign — by
 * their low word, stably: each entry is packed into one double as
 * lo · 2^21 + position (53 bits, exact), sorted by the engine's native numeric
 * sort, and unpacked. Longer runs than 2^21 (beyond Excel's sheet) use a
 * comparator sort.
 */
function sortRunByLow(keys: Float64Array, rows: Uint32Array, start: number, end: number): void {
  const words = new Uint32Array(keys.buffer, keys.byteOffset, keys.length * 2);
  const length = end - start;
  const run = rows.slice(start, end);
  if (length >= POSITION_BITS) {
    const sorted = Array.from(run).sort((a, b) => keys[a] - keys[b] || a - b);
    rows.set(sorted, start);
    return;
  }
  const negative = keys[run[0]] < 0;
  const packed = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    const low = words[2 * run[k] + LO];
    packed[k] = (negative ? ~low >>> 0 : low) * POSITION_BITS + k;
  }
  packed.sort();
  for (let k = 0; k < length; k++) rows[start + k] = run[packed[k] % POSITION_BITS];
}

/** Stable insertion sort of rows[start, end) by keys[row]. */
function insertionSortRows(keys: Float64Array, rows: Uint32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const row = rows[i];
    const key = keys[row];
    let j = i - 1;
    while (j >= start && keys[rows[j]] > key) {
      rows[j + 1] = rows[j];
      j--;
    }
    rows[j + 1] = row;
  }
}
