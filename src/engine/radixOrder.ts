/**
 * The radix order behind sortOrder.ts for values that are not narrow whole
 * numbers. The doubles are mapped to unsigned integers that sort in the same
 * order (flip every bit of negatives, only the sign bit of positives); an LSD
 * radix sort orders the row numbers by their high 32 bits (sign, exponent and
 * 20 bits of mantissa) less the smallest of them — two passes of up to 12 bits
 * when that fits in 24 bits, else three of 11, each skipped when its digit is
 * the same for every key. Rows that share a high word (values equal to about 6
 * significant digits: short runs) stay in row order; finishRuns orders them by
 * the doubles themselves when a caller needs the full order.
 *
 * Design for Excel's 1,048,575 rows (the sort is the cost of every rank):
 * - the radix moves only a 32-bit key and a 32-bit row number per value (8
 *   bytes a pass); the low word is never copied, it is read from the column
 *   only where two high words are equal;
 * - the smallest and largest value come from the column scan the caller makes
 *   anyway, so the keys are extracted and counted for every digit in one pass;
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

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

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

/** A reused buffer of `length` doubles for a caller's copy of the keys (valid until the next sort). */
export function sortKeysBuffer(length: number): Float64Array {
  return buffers.keysFor(length);
}

/** Row numbers in ascending order of key, with their radix keys (views of the reused buffers). */
export interface SortedRows {
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
 * `count`, `min` and `max` describe the present values (the caller's column
 * scan). Folds -0 into +0 in `values`.
 */
export function radixOrder(values: Float64Array, count: number, min: number, max: number): SortedRows {
  buffers.ensure(count);
  const low = count ? highKey(min) : 0;
  const span = count ? (highKey(max) - low) >>> 0 : 0;
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
export function finishRuns(values: Float64Array, { rows, keys }: SortedRows): void {
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
export const LONG_RUN = 64;
/** 2^21 > Excel's 1,048,576 rows: a position in a run fits in 21 bits, the low word in the other 32. */
const POSITION_BITS = 2 ** 21;

/**
 * Sorts rows[start, end) — values sharing their high word, so one sign — by
 * their low word, stably: each entry is packed into one double as
 * lo · 2^21 + position (53 bits, exact), sorted by the engine's native numeric
 * sort, and unpacked. Longer runs than 2^21 (beyond Excel's sheet) use a
 * comparator sort.
 */
export function sortRunByLow(keys: Float64Array, rows: Uint32Array, start: number, end: number): void {
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
