import { ColumnCombiner } from "./combiner";
import type { CompositeResult } from "./compositeResult";
import { EngineError } from "./errors";
import { resolveWeights } from "./weights";

/**
 * The coverage rule for missing values (docs/method.md §5): an area is scored
 * when the columns it has carry at least a share c of the weight (0 < c ≤ 1),
 * over those columns with their weights re-normalised; c = 1 (the default) is
 * "complete data only". Each column is still normalised or ranked among the
 * areas that have a value in it; a missing value is never read as 0.
 */

/** The default threshold: every weighted column must be present. */
export const DEFAULT_MIN_COVERAGE = 1;

/**
 * The threshold as given: null/undefined is 1 (complete data only); otherwise a number with 0 < c ≤ 1.
 * @example resolveMinCoverage(undefined) // 1
 * @throws {EngineError} PARAMETER_INVALID (parameter "minCoverage") outside (0, 1]
 */
export function resolveMinCoverage(value: number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_MIN_COVERAGE;
  if (!(typeof value === "number" && value > 0 && value <= 1)) {
    throw new EngineError("PARAMETER_INVALID", `min_coverage must be above 0 and at most 1, got ${value}`, {
      parameter: "minCoverage",
      value,
      expected: "0 < x ≤ 1",
    });
  }
  return value;
}

export { meetsCoverage } from "./combiner";

/**
 * Per area the share of the weight whose column has a value: Σ_present w / Σ w (columns with
 * weight 0 take no part). Weights as `resolveWeights` takes them (default equal).
 * @example weightCoverage([Float64Array.of(1, NaN), Float64Array.of(2, 3)], [0.75, 0.25]) // [1, 0.25]
 * @throws {EngineError} TOO_FEW_ROWS (no areas), WEIGHT_COUNT, WEIGHT_INVALID, WEIGHT_ZERO, LENGTH_MISMATCH
 */
export function weightCoverage(
  columns: readonly ArrayLike<number>[],
  weights?: ArrayLike<number> | null,
): Float64Array {
  const n = columns.length ? columns[0].length : 0;
  if (n === 0) throw new EngineError("TOO_FEW_ROWS", "no areas given", { parameter: "data", expected: 1, actual: 0 });
  const w = resolveWeights(weights, columns.length);
  let total = 0;
  for (let d = 0; d < w.length; d++) total += w[d];
  const present = new Float64Array(n);
  for (let d = 0; d < columns.length; d++) {
    const column = columns[d];
    if (column.length !== n) {
      throw new EngineError("LENGTH_MISMATCH", "every column needs one value per area", {
        column: d,
        expected: n,
        actual: column.length,
      });
    }
    const wd = w[d];
    if (wd === 0) continue;
    for (let i = 0; i < n; i++) if (column[i] === column[i]) present[i] += wd;
  }
  for (let i = 0; i < n; i++) present[i] /= total;
  return present;
}

/**
 * Σ u·x over the columns an area has, scaled up to the full weight: an area with every column
 * gets Σ u·x exactly as the complete-data combination adds it; an area with part of them gets
 * Σ_present u·x · Σ u / Σ_present u when Σ_present u / Σ u reaches `minCoverage`, else NaN.
 * With weights that sum to 1 this is the weighted mean over the columns present; with the IoD's
 * weights as published (England's sum to 0.999) a partial area stays on the scale of the complete
 * ones. `missingColumn` names the first missing weighted column (also for a partial area that is
 * scored); `coverage` is the present share.
 *
 * @example
 *   // weights 0.5/0.3/0.2, the second missing, threshold 0.7: (0.5·10 + 0.2·40) / 0.7
 *   coveredCombination([[10], [NaN], [40]], [0.5, 0.3, 0.2], 0.7).values // [18.5714…]
 */
export function coveredCombination(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  minCoverage: number,
): Required<CompositeResult> {
  const combiner = new ColumnCombiner(columns.length ? columns[0].length : 0, true);
  for (let d = 0; d < columns.length; d++) combiner.add(columns[d], weights[d], d);
  return combiner.covered(minCoverage);
}
