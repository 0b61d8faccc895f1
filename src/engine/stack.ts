import { countPresent, orient } from "./columns";
import { DEFAULT_QUANTILES } from "./constants";
import { meetsCoverage, resolveMinCoverage } from "./coverage";
import { EngineError } from "./errors";
import { rankDescending } from "./rank";
import { checkDomains } from "./score";
import { resolveDirections } from "./weights";

export interface StackOptions {
  /** Count a domain when the area is in its most deprived k deciles; default 1. */
  k?: number;
  /** One direction per domain: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
  /**
   * Share of the domains (0 < c ≤ 1, each domain counting equally) an area needs; default 1. Below 1 an
   * area with enough domains is counted over the domains it has: a lower bound of its stacking.
   */
  minCoverage?: number | null;
}

export interface StackResult {
  /** Number of domains in which the area is in decile ≤ k; NaN when a domain is missing (below the threshold). */
  readonly counts: Float64Array;
  /** First domain without a value per area, −1 when the area has every domain. */
  readonly missingColumn: Int32Array;
  /** Share of the domains present per area, when a threshold below 1 was given. */
  readonly coverage?: Float64Array;
}

/**
 * Stacking of deprivation (stapeling van achterstanden): per area, the number
 * of domains in which it is among the most deprived k deciles of that domain.
 * Each domain is oriented, ranked (1 = most deprived, ties at the minimum,
 * among the areas that have a value) and cut into deciles ceil(10 r / N).
 * An area missing a domain gets NaN: it cannot be said not to be deprived there
 * — unless `minCoverage` lets it be counted over the domains it has.
 *
 * @see docs/method.md §1 (ranks and deciles)
 * @example stackDeprivation([Float64Array.of(9, 1, 5), Float64Array.of(1, 9, 5)], { k: 4 }).counts
 *   // Float64Array [1, 1, 0]: with N = 3 the ranks 1, 2, 3 are deciles 4, 7, 10
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, DIRECTION_*, PARAMETER_INVALID (k not 1 … 10, minCoverage)
 */
export function stackDeprivation(domains: readonly ArrayLike<number>[], options: StackOptions = {}): StackResult {
  const columns = checkDomains(domains);
  const directions = resolveDirections(options.directions, columns);
  const k = options.k ?? 1;
  const minCoverage = resolveMinCoverage(options.minCoverage);
  if (!Number.isInteger(k) || k < 1 || k > DEFAULT_QUANTILES) {
    throw new EngineError("PARAMETER_INVALID", `k must be a whole number from 1 to ${DEFAULT_QUANTILES}`, {
      parameter: "k",
      value: k,
      expected: `1 … ${DEFAULT_QUANTILES}`,
    });
  }
  const rows = domains[0].length;
  const counts = new Float64Array(rows);
  const missingColumn = new Int32Array(rows).fill(-1);
  const missing = new Int32Array(rows);
  for (let d = 0; d < columns; d++) {
    const oriented = orient(domains[d], directions[d]);
    const n = countPresent(oriented);
    const ranks = rankDescending(oriented);
    for (let i = 0; i < rows; i++) {
      const r = ranks[i];
      if (r !== r) {
        if (missingColumn[i] < 0) missingColumn[i] = d;
        missing[i]++;
      } else if (Math.ceil((DEFAULT_QUANTILES * r) / n) <= k) {
        counts[i]++;
      }
    }
  }
  const coverage = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    coverage[i] = (columns - missing[i]) / columns;
    if (missing[i] > 0 && !meetsCoverage(coverage[i], minCoverage)) counts[i] = NaN;
  }
  return minCoverage < 1 ? { counts, missingColumn, coverage } : { counts, missingColumn };
}
