import { weightedSum } from "./composite";
import { coveredCombination, resolveMinCoverage } from "./coverage";
import { checkDomains, expTransformDomains } from "./score";
import { resolveWeights } from "./weights";

export interface ContributionOptions {
  /** One weight per domain, used as given (IoD Stage 6); default equal weights summing to 1. */
  weights?: ArrayLike<number> | null;
  /** One direction per domain: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
  /** Share of the weight (0 < c ≤ 1) an area needs, as in `mdiScore`; default 1. */
  minCoverage?: number | null;
}

export interface Contributions {
  /**
   * One column per domain: w_d · X_d per area (0 for a domain with weight 0; NaN where X is missing).
   * An area scored over part of its domains (coverage rule) gets w_d · X_d · Σw / Σ_present w, so its
   * row still adds up to its score.
   */
  readonly columns: readonly Float64Array[];
  /** The score Σ_d w_d X_d per area — `mdiScore` with method "exp", to the last bit. */
  readonly total: Float64Array;
  /** First weighted domain without a value per area, −1 when complete (total is NaN unless covered enough). */
  readonly missingColumn: Int32Array;
  /** Share of the weight present per area, when a threshold below 1 was given. */
  readonly coverage?: Float64Array;
}

/**
 * Each domain's share of the IoD score: w_d · X_d, where X_d is the
 * exponentially transformed rank of the area on domain d (0–100). Added left
 * to right, an area's contributions give its `mdiScore` exactly (same X, same
 * order of addition), which explains why an area ranks where it does.
 *
 * @see docs/method.md §2–3
 * @example domainContributions([Float64Array.of(3, 1, 2), Float64Array.of(1, 2, 3)], { weights: [0.75, 0.25] })
 *   // columns [[75, 6.8831…, 18.5105…], [2.2944…, 6.1702…, 25]], total [77.2944…, 13.0533…, 43.5105…]
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, WEIGHT_*, DIRECTION_*, PARAMETER_INVALID (minCoverage)
 */
export function domainContributions(
  domains: readonly ArrayLike<number>[],
  options: ContributionOptions = {},
): Contributions {
  const weights = resolveWeights(options.weights, checkDomains(domains));
  const minCoverage = resolveMinCoverage(options.minCoverage);
  const transformed = expTransformDomains(domains, options.directions);
  const columns = transformed.map((x, d) => {
    const w = weights[d];
    const column = new Float64Array(x.length);
    if (w !== 0) for (let i = 0; i < x.length; i++) column[i] = w * x[i];
    return column;
  });
  if (minCoverage === 1) {
    const { values: total, missingColumn } = weightedSum(transformed, weights);
    return { columns, total, missingColumn };
  }
  const { values: total, missingColumn, coverage } = coveredCombination(transformed, weights, minCoverage);
  for (let i = 0; i < total.length; i++) {
    if (missingColumn[i] < 0 || total[i] !== total[i]) continue;
    const scale = 1 / coverage[i]; // Σw / Σ_present w
    for (let d = 0; d < columns.length; d++) if (weights[d] !== 0) columns[d][i] *= scale;
  }
  return { columns, total, missingColumn, coverage };
}
