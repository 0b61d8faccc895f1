import { EngineError } from "./errors";
import { averageRanksAscending, countBelow } from "./rank";
import { normalQuantile } from "./distributions";

/** Normalisation methods for indicators (docs/method.md §4). */
export type NormalizeMethod = "z" | "minmax" | "percentile" | "rankit";

export const NORMALIZE_METHODS: readonly NormalizeMethod[] = ["z", "minmax", "percentile", "rankit"];

/** Mean and sample standard deviation (n − 1) of the present values, two-pass. */
export function meanAndSampleSd(values: ArrayLike<number>): { mean: number; sd: number; count: number } {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      sum += v;
      count++;
    }
  }
  const mean = sum / count;
  let squares = 0;
  let correction = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      const d = v - mean;
      squares += d * d;
      correction += d;
    }
  }
  // Corrected two-pass algorithm (Chan, Golub & LeVeque 1983): removes the rounding error of the mean.
  const variance = (squares - (correction * correction) / count) / (count - 1);
  return { mean, sd: Math.sqrt(variance), count };
}

function requireSpread(spread: number, column: number | undefined): void {
  if (!(spread > 0) || !Number.isFinite(spread)) {
    throw new EngineError("ZERO_VARIANCE", "all values are equal: nothing to normalise by", { column });
  }
}

function requireCount(count: number, minimum: number, column: number | undefined): void {
  if (count < minimum) {
    throw new EngineError("TOO_FEW_VALUES", `needs at least ${minimum} values, got ${count}`, {
      column,
      expected: minimum,
      actual: count,
    });
  }
}

/**
 * z-score with the sample standard deviation: (x − mean)/sd. Written into `into` when given.
 * @example zScores(Float64Array.of(2, 4, 6, 8, 20)) // [-0.8485, -0.5657, -0.2828, 0, 1.6971]
 * @throws {EngineError} ZERO_VARIANCE when all values are equal, TOO_FEW_VALUES below 2 values
 */
export function zScores(values: ArrayLike<number>, column?: number, into?: Float64Array): Float64Array {
  const { mean, sd, count } = meanAndSampleSd(values);
  requireCount(count, 2, column);
  requireSpread(sd, column);
  const out = into ?? new Float64Array(values.length); // `into` may be `values` itself
  for (let i = 0; i < values.length; i++) out[i] = (values[i] - mean) / sd;
  return out;
}

/**
 * Min-max rescaling to [low, high] (default 0–100): low + (x − min)/(max − min)·(high − low).
 * Written into `into` when given.
 * @example minMax(Float64Array.of(2, 4, 6, 8, 20)) // [0, 11.1111, 22.2222, 33.3333, 100]
 */
export function minMax(
  values: ArrayLike<number>,
  low = 0,
  high = 100,
  column?: number,
  into?: Float64Array,
): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      if (v < min) min = v;
      if (v > max) max = v;
      count++;
    }
  }
  requireCount(count, 2, column);
  const range = max - min;
  requireSpread(range, column);
  const out = into ?? new Float64Array(values.length); // `into` may be `values` itself
  const scale = (high - low) / range;
  for (let i = 0; i < values.length; i++) out[i] = low + (values[i] - min) * scale;
  return out;
}

/**
 * Percentile rank (rank_asc − 1)/(n − 1) with ties at their lowest rank, as
 * Excel's PERCENTRANK.INC (unrounded): 0 for the lowest value, 1 for the highest.
 * @example percentileRanks(Float64Array.of(2, 4, 6, 8, 20)) // [0, 0.25, 0.5, 0.75, 1]
 */
export function percentileRanks(values: ArrayLike<number>, column?: number): Float64Array {
  const below = countBelow(values);
  let count = 0;
  let distinct = false;
  let first = NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      if (count === 0) first = v;
      else if (v !== first) distinct = true;
      count++;
    }
  }
  requireCount(count, 2, column);
  requireSpread(distinct ? 1 : 0, column);
  for (let i = 0; i < below.length; i++) below[i] = below[i] / (count - 1);
  return below;
}

/**
 * Rankit normal scores Φ⁻¹((r − 0.5)/n) of the ascending ranks (ties averaged):
 * the IoD's way to put indicators on a common normal scale.
 * @example rankits(Float64Array.of(12, 30, 7, 18, 25)) // [-0.5244, 1.2816, -1.2816, 0, 0.5244]
 */
export function rankits(values: ArrayLike<number>, column?: number): Float64Array {
  const ranks = averageRanksAscending(values);
  let count = 0;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] === ranks[i]) count++;
  requireCount(count, 2, column);
  const table = rankitTable(count);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    if (r !== r) continue;
    // Average ranks are whole or half numbers: slot 2r − 2 holds Φ⁻¹((r − 0.5)/n), filled on first use.
    const slot = 2 * r - 2;
    let z = table[slot];
    if (z !== z) z = table[slot] = normalQuantile((r - 0.5) / count);
    ranks[i] = z;
  }
  return ranks;
}

/**
 * Normal scores already computed for n values, by average rank (whole or half):
 * the many columns of one indicator table share one n, so each Φ⁻¹ is
 * computed once rather than once per cell.
 */
function rankitTable(n: number): Float64Array {
  let table = rankitTables.get(n);
  if (!table) {
    if (rankitTables.size >= RANKIT_CACHE_SIZE) rankitTables.delete(rankitTables.keys().next().value as number);
    table = new Float64Array(2 * n - 1).fill(NaN);
    rankitTables.set(n, table);
  }
  return table;
}

const RANKIT_CACHE_SIZE = 3;
const rankitTables = new Map<number, Float64Array>();

/** Normalise one column with the named method. */
export function normalize(values: ArrayLike<number>, method: NormalizeMethod, column?: number): Float64Array {
  switch (method) {
    case "z":
      return zScores(values, column);
    case "minmax":
      return minMax(values, 0, 100, column);
    case "percentile":
      return percentileRanks(values, column);
    case "rankit":
      return rankits(values, column);
  }
}

/**
 * Normalise a column the caller owns with the named method: z-scores and
 * min-max overwrite it, the rank-based methods return a new column.
 */
export function normalizeInPlace(column: Float64Array, method: NormalizeMethod, index?: number): Float64Array {
  switch (method) {
    case "z":
      return zScores(column, index, column);
    case "minmax":
      return minMax(column, 0, 100, index, column);
    default:
      return normalize(column, method, index);
  }
}
