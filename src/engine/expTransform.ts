import { EXP_TRANSFORM_MAX, EXP_TRANSFORM_SCALE } from "./constants";

const TAIL = 1 - Math.exp(-EXP_TRANSFORM_MAX / EXP_TRANSFORM_SCALE);

/**
 * The IoD exponential transformation of a rank: R = (N − r + 1)/N, then
 * X = −23 ln(1 − R (1 − e^(−100/23))). X is 100 for rank 1 (most deprived)
 * and close to 0 for rank N; 10 % of areas score above 50. Only this R
 * reproduces the published IoD scores (docs/method.md §2).
 *
 * @example expTransformRank(1, 5) // 100
 * @example expTransformRank(2, 5) // 35.8568…
 */
export function expTransformRank(rank: number, n: number): number {
  const R = (n - rank + 1) / n;
  return -EXP_TRANSFORM_SCALE * Math.log(1 - R * TAIL);
}

/**
 * X for every rank 1..N (index r holds rank r's X): ranks are whole numbers,
 * so a column of ranks is transformed by lookup, one logarithm per rank value
 * however many columns share the same N.
 */
export function expTransformTable(n: number): Float64Array {
  const cached = tableCache.get(n);
  if (cached) return cached;
  const table = new Float64Array(n + 1);
  table[0] = NaN;
  for (let r = 1; r <= n; r++) table[r] = expTransformRank(r, n);
  // Keep the last few tables: a workbook recalculates the same N over and over.
  if (tableCache.size >= TABLE_CACHE_SIZE) tableCache.delete(tableCache.keys().next().value as number);
  tableCache.set(n, table);
  return table;
}

/** Tables are read-only once made; at most this many are kept (8 MB each at Excel's 1,048,575 rows). */
const TABLE_CACHE_SIZE = 3;
const tableCache = new Map<number, Float64Array>();

/**
 * Exponential transformation of a column of ranks against N. NaN ranks stay
 * NaN. Pass the `table` of expTransformTable(n) to reuse it across columns.
 */
export function expTransformRanks(
  ranks: ArrayLike<number>,
  n: number,
  out?: Float64Array,
  table: Float64Array = expTransformTable(n),
): Float64Array {
  const result = out ?? new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    // Ranks are whole numbers 1..N; anything else (NaN) gives NaN.
    result[i] = r === r ? table[r] : NaN;
  }
  return result;
}
