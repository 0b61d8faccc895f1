import { EngineError } from "./errors";
import { completePairs } from "./pairs";
import { squaresSafeScale } from "./scale";
import { averageRanksAscending } from "./rank";
import { ascendingOrder } from "./sortOrder";

/**
 * Correlation coefficients of two columns (docs/method.md §7): Pearson's r,
 * Spearman's ρ (Pearson of average ranks) and Kendall's τ-b. Incomplete
 * pairs (NaN on either side) are dropped first (pairwise deletion).
 */
export type CorrelationMethod = "pearson" | "spearman" | "kendall";

export const CORRELATION_METHODS: readonly CorrelationMethod[] = ["pearson", "spearman", "kendall"];

/** Fewest complete pairs any coefficient needs (Excel's CORREL: #DIV/0! below 2). */
export const MIN_CORRELATION_PAIRS = 2;

function requirePairs(n: number): void {
  if (n < MIN_CORRELATION_PAIRS) {
    throw new EngineError("TOO_FEW_VALUES", `needs at least ${MIN_CORRELATION_PAIRS} complete pairs, got ${n}`, {
      parameter: "x",
      expected: MIN_CORRELATION_PAIRS,
      actual: n,
    });
  }
}

/** Refuses a column whose values are all equal: no correlation is defined. */
function requireSpread(values: ArrayLike<number>, parameter: "x" | "y"): void {
  const first = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] !== first) return;
  throw new EngineError("ZERO_VARIANCE", "all values are equal: no correlation is defined", { parameter });
}

function mean(values: ArrayLike<number>, scale: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * scale;
  return sum / values.length;
}

/**
 * Pearson's r of complete pairs (no NaN), centred two-pass:
 * Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), the formula of Excel's CORREL,
 * with the rounding error of the means removed (Chan, Golub & LeVeque 1983).
 */
function pearsonOfComplete(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  requirePairs(n);
  requireSpread(x, "x");
  requireSpread(y, "y");
  const scaleX = squaresSafeScale(x); // r does not change with scale: keeps Σ(x − x̄)² finite and above 0
  const scaleY = squaresSafeScale(y);
  const meanX = mean(x, scaleX);
  const meanY = mean(y, scaleY);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  let sumDx = 0;
  let sumDy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] * scaleX - meanX;
    const dy = y[i] * scaleY - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
    sumDx += dx;
    sumDy += dy;
  }
  sxx -= (sumDx * sumDx) / n;
  syy -= (sumDy * sumDy) / n;
  sxy -= (sumDx * sumDy) / n;
  // One square root of the product is exact for exactly linear data (r = 1, as Excel shows); two roots
  // only where the product would underflow.
  const product = sxx * syy;
  const r = sxy / (product > 0 && product < Infinity ? Math.sqrt(product) : Math.sqrt(sxx) * Math.sqrt(syy));
  return Math.max(-1, Math.min(1, r));
}

/**
 * Pearson's product-moment correlation coefficient, as Excel's CORREL and PEARSON.
 *
 * @see https://support.microsoft.com/office/correl-function-995dcef7-0c0a-4bed-a3fb-239d7b68ca92
 * @example pearson([3, 2, 4, 5, 6], [9, 7, 12, 15, 17]) // 0.997054486…
 * @throws {EngineError} LENGTH_MISMATCH, TOO_FEW_VALUES below 2 complete pairs, ZERO_VARIANCE
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const pairs = completePairs(x, y);
  return pearsonOfComplete(pairs.x, pairs.y);
}

/**
 * Spearman's rank correlation ρ: Pearson's r of the average ranks, so ties
 * are handled as R's cor(method = "spearman") and scipy's spearmanr do.
 *
 * @example spearman([1, 2, 3, 4, 5], [3, 1, 2, 2, 5]) // 0.359092…
 * @throws {EngineError} LENGTH_MISMATCH, TOO_FEW_VALUES, ZERO_VARIANCE
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const pairs = completePairs(x, y);
  requirePairs(pairs.x.length);
  return pearsonOfComplete(averageRanksAscending(pairs.x), averageRanksAscending(pairs.y));
}

/** Kendall's τ-b with what its significance test needs. */
export interface KendallStatistics {
  /** τ-b. */
  readonly tau: number;
  /** Number of complete pairs. */
  readonly n: number;
  /** S = concordant − discordant pairs. */
  readonly s: number;
  /** Variance of S under independence, corrected for ties (NaN below 3 pairs). */
  readonly varianceOfS: number;
}

/** Σ over runs of equal values of t(t−1)/2, t(t−1)(t−2) and t(t−1)(2t+5) (t = run length). */
interface TieSums {
  pairs: number;
  cubic: number;
  variance: number;
}

function addRun(sums: TieSums, t: number): void {
  if (t < 2) return;
  sums.pairs += (t * (t - 1)) / 2;
  sums.cubic += t * (t - 1) * (t - 2);
  sums.variance += t * (t - 1) * (2 * t + 5);
}

/**
 * Number of pairs i < j with a[i] > a[j], by a bottom-up merge sort (equal
 * values are not counted): O(n log n). Scrambles `values` (it is used as one
 * of the two buffers the passes alternate between).
 */
function countInversions(values: Int32Array): number {
  const n = values.length;
  let source: Int32Array = values;
  let target: Int32Array = new Int32Array(n);
  let inversions = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      let k = low;
      while (i < middle && j < high) {
        if (source[i] <= source[j]) target[k++] = source[i++];
        else {
          inversions += middle - i; // source[j] jumps ahead of every remaining left value
          target[k++] = source[j++];
        }
      }
      while (i < middle) target[k++] = source[i++];
      while (j < high) target[k++] = source[j++];
    }
    const swap = source;
    source = target;
    target = swap;
  }
  return inversions;
}

/** The dense rank of each y (0 for the smallest), with the tie sums of y's runs added to `sums`. */
function denseRanks(y: ArrayLike<number>, sums: TieSums): Int32Array {
  const n = y.length;
  const { order: byY, sorted } = ascendingOrder(y);
  const rankOf = new Int32Array(n);
  for (let j = 0, rank = 0, run = 0; j < n; j++) {
    if (j > 0 && sorted[j] !== sorted[j - 1]) {
      addRun(sums, run);
      rank++;
      run = 0;
    }
    rankOf[byY[j]] = rank;
    run++;
    if (j === n - 1) addRun(sums, run);
  }
  return rankOf;
}

/**
 * Within each run of equal x (`xSorted`, the pairs in x order): the y ranks sorted ascending, the run's tie
 * sums added to `sums`; returns the number of pairs tied in both x and y.
 */
function sortWithinRunsOfX(xSorted: Float64Array, ySequence: Int32Array, sums: TieSums): number {
  const n = xSorted.length;
  let jointTies = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    const value = xSorted[start];
    while (end < n && xSorted[end] === value) end++;
    const t = end - start;
    if (t > 1) {
      addRun(sums, t);
      const run = ySequence.subarray(start, end).sort();
      for (let k = 1, same = 0; k <= t; k++) {
        if (k < t && run[k] === run[k - 1]) same++;
        else {
          jointTies += (same * (same + 1)) / 2;
          same = 0;
        }
      }
    }
    start = end;
  }
  return jointTies;
}

/**
 * Kendall's τ-b of complete pairs in O(n log n) (Knight 1966, "A computer
 * method for calculating Kendall's tau with ungrouped data", JASA 61): sort by
 * x then y, count the discordant pairs as the inversions of y by a merge sort,
 * and correct for ties in x, in y and in both. y is replaced by its dense rank
 * (one sort), the pairs are ordered by x (a second sort), and only within a run
 * of equal x — rare with real values — are the y ranks sorted, which puts the
 * pairs in (x, y) order without gathering x into y's order first.
 */
function kendallOfComplete(x: ArrayLike<number>, y: ArrayLike<number>): KendallStatistics {
  const n = x.length;
  requirePairs(n);
  // Each pass is a function of its own: V8 optimises a long loop while it runs, and a function of several
  // loops would go back to the interpreter at each later one on a first call.
  const ySums: TieSums = { pairs: 0, cubic: 0, variance: 0 };
  const yRankOf = denseRanks(y, ySums);
  const { order: byX, sorted: xSorted } = ascendingOrder(x);
  const ySequence = new Int32Array(n);
  for (let j = 0; j < n; j++) ySequence[j] = yRankOf[byX[j]];
  const xSums: TieSums = { pairs: 0, cubic: 0, variance: 0 };
  const jointTies = sortWithinRunsOfX(xSorted, ySequence, xSums);

  const total = (n * (n - 1)) / 2;
  if (xSums.pairs === total) {
    throw new EngineError("ZERO_VARIANCE", "all values are equal: no correlation is defined", { parameter: "x" });
  }
  if (ySums.pairs === total) {
    throw new EngineError("ZERO_VARIANCE", "all values are equal: no correlation is defined", { parameter: "y" });
  }
  const discordant = countInversions(ySequence);
  const s = total - xSums.pairs - ySums.pairs + jointTies - 2 * discordant;
  const tau = s / Math.sqrt(total - xSums.pairs) / Math.sqrt(total - ySums.pairs);

  // Var(S) with ties (Kendall 1970, Rank Correlation Methods, §4.5; scipy.stats.kendalltau "asymptotic").
  const m = n * (n - 1);
  const varianceOfS =
    n < 3
      ? NaN
      : (m * (2 * n + 5) - xSums.variance - ySums.variance) / 18 +
        (2 * xSums.pairs * ySums.pairs) / m +
        (xSums.cubic * ySums.cubic) / (9 * m * (n - 2));
  return { tau: Math.max(-1, Math.min(1, tau)), n, s, varianceOfS };
}

/**
 * Kendall's τ-b with the statistics of its test.
 * @throws {EngineError} LENGTH_MISMATCH, TOO_FEW_VALUES, ZERO_VARIANCE
 */
export function kendallStatistics(x: ArrayLike<number>, y: ArrayLike<number>): KendallStatistics {
  const pairs = completePairs(x, y);
  return kendallOfComplete(pairs.x, pairs.y);
}

/**
 * Kendall's rank correlation τ-b (ties corrected), in O(n log n).
 *
 * @example kendallTauB([1, 2, 3, 4, 5], [3, 1, 2, 2, 5]) // 0.316227…
 * @throws {EngineError} LENGTH_MISMATCH, TOO_FEW_VALUES, ZERO_VARIANCE
 */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return kendallStatistics(x, y).tau;
}

/** The coefficient named by `method`. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>, method: CorrelationMethod): number {
  switch (method) {
    case "pearson":
      return pearson(x, y);
    case "spearman":
      return spearman(x, y);
    case "kendall":
      return kendallTauB(x, y);
  }
}
