/**
 * Ascending sort order of the present (non-NaN) values of a column: O(n)
 * integer sorts on the IEEE-754 bit patterns, no comparator callbacks, no
 * per-element allocation. Ranks, deciles and rank correlations all start here.
 *
 * Two paths:
 * - whole numbers spanning a range not much larger than n (published ranks,
 *   counts, codes): a counting sort, one pass;
 * - anything else: the doubles are mapped to unsigned integers that sort in
 *   the same order (flip every bit of negatives, only the sign bit of
 *   positives); an LSD radix sort, a byte at a time, orders them by their high
 *   32 bits (sign, exponent and 20 bits of mantissa — skipping bytes that are
 *   the same for every key), then runs that share the high word are finished
 *   by their low word with an insertion sort (such runs are short: values
 *   equal to 6 significant digits).
 * Both are stable. -0 is folded into +0 so the two compare equal, as in Excel.
 */

const RADIX = 256;
/** Below this size an insertion sort beats the histograms. */
const SMALL = 48;
/** A counting sort is used for whole numbers whose range is at most this many times n. */
const COUNTING_RANGE_FACTOR = 4;

export interface SortOrder {
  /** Indices of the present values, ascending by value; length = `count`. */
  readonly order: Uint32Array;
  /** Number of present values. */
  readonly count: number;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * Indices of the present values of `values`, in ascending order of value.
 * Equal values keep their original index order (the sort is stable).
 *
 * @example ascendingOrder(Float64Array.of(3, NaN, 1, 2)).order // Uint32Array [2, 3, 0]
 */
export function ascendingOrder(values: ArrayLike<number>): SortOrder {
  const n = values.length;
  let count = 0;
  let integral = true;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === v) {
      count++;
      if (v < min) min = v;
      if (v > max) max = v;
      if (integral && Math.floor(v) !== v) integral = false;
    }
  }
  if (count >= 2 && integral && max - min <= COUNTING_RANGE_FACTOR * count) {
    return { order: countingOrder(values, count, min, max), count };
  }
  const keys = new Float64Array(count);
  const indices = new Uint32Array(count);
  for (let i = 0, k = 0; i < n; i++) {
    const v = values[i];
    if (v === v) {
      keys[k] = v + 0; // folds -0 into +0
      indices[k++] = i;
    }
  }
  if (count < 2) return { order: indices, count };
  if (count <= SMALL) return { order: insertionOrder(keys, indices, 0, count), count };
  return { order: radixOrder(keys, indices), count };
}

/** Counting sort of the present whole-number values in [min, max] (no copies of the keys). */
function countingOrder(values: ArrayLike<number>, count: number, min: number, max: number): Uint32Array {
  const n = values.length;
  const offsets = new Uint32Array(max - min + 2);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === v) offsets[v - min + 1]++;
  }
  for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];
  const order = new Uint32Array(count);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === v) order[offsets[v - min]++] = i;
  }
  return order;
}

/** Radix sort on the high word, then insertion sort of equal-high runs by the low word. */
function radixOrder(keys: Float64Array, indices: Uint32Array): Uint32Array {
  const count = keys.length;
  const words = new Uint32Array(keys.buffer);
  const lo = new Uint32Array(count); // by original slot; gathered only inside equal-high runs
  let hi = new Uint32Array(count);
  let slots = new Uint32Array(count);
  const histograms = new Uint32Array(4 * RADIX);
  for (let i = 0; i < count; i++) {
    let h = words[2 * i + HI];
    let l = words[2 * i + LO];
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    slots[i] = i;
    histograms[h & 0xff]++;
    histograms[RADIX + ((h >>> 8) & 0xff)]++;
    histograms[2 * RADIX + ((h >>> 16) & 0xff)]++;
    histograms[3 * RADIX + (h >>> 24)]++;
  }

  let hiScratch = new Uint32Array(count);
  let slotScratch = new Uint32Array(count);
  const offsets = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * RADIX;
    const shift = pass * 8;
    if (histograms[base + ((hi[0] >>> shift) & 0xff)] === count) continue; // the same byte everywhere
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      offsets[b] = sum;
      sum += histograms[base + b];
    }
    for (let j = 0; j < count; j++) {
      const h = hi[j];
      const target = offsets[(h >>> shift) & 0xff]++;
      hiScratch[target] = h;
      slotScratch[target] = slots[j];
    }
    let swap = hi;
    hi = hiScratch;
    hiScratch = swap;
    swap = slots;
    slots = slotScratch;
    slotScratch = swap;
  }

  // Finish runs that share the high word by the low word (stable insertion sort).
  for (let start = 0; start < count;) {
    let end = start + 1;
    while (end < count && hi[end] === hi[start]) end++;
    if (end - start > 1) {
      for (let i = start + 1; i < end; i++) {
        const slot = slots[i];
        const key = lo[slot];
        let j = i - 1;
        while (j >= start && lo[slots[j]] > key) {
          slots[j + 1] = slots[j];
          j--;
        }
        slots[j + 1] = slot;
      }
    }
    start = end;
  }
  for (let j = 0; j < count; j++) slots[j] = indices[slots[j]];
  return slots;
}

/** Stable insertion sort of `indices` by `keys` (aligned) over [from, to), for tiny inputs. */
function insertionOrder(keys: Float64Array, indices: Uint32Array, from: number, to: number): Uint32Array {
  for (let i = from + 1; i < to; i++) {
    const key = keys[i];
    const index = indices[i];
    let j = i - 1;
    while (j >= from && keys[j] > key) {
      keys[j + 1] = keys[j];
      indices[j + 1] = indices[j];
      j--;
    }
    keys[j + 1] = key;
    indices[j + 1] = index;
  }
  return indices;
}
