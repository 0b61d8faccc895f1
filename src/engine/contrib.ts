import { weightedSum } from "./composite";
import { checkDomains, expTransformDomains } from "./score";
import { resolveWeights } from "./weights";

export interface ContributionOptions {
  /** One weight per domain, used as given (IoD Stage 6); default equal weights summing to 1. */
  weights?: ArrayLike<number> | null;
  /** One direction per domain: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
}

export interface Contributions {
  /** One column per domain: w_d · X_d per area (0 for a domain with weight 0; NaN where X is missing). */
  readonly columns: readonly Float64Array[];
  /** The score Σ_d w_d X_d per area — `mdiScore` with method "exp", to the last bit. */
  readonly total: Float64Array;
  /** First weighted domain without a value per area, −1 when complete (total is then NaN). */
  readonly missingColumn: Int32Array;
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
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, WEIGHT_*, DIRECTION_*
 */
export function domainContributions(
  domains: readonly ArrayLike<number>[],
  options: ContributionOptions = {},
): Contributions {
  const weights = resolveWeights(options.weights, checkDomains(domains));
  const transformed = expTransformDomains(domains, options.directions);
  const { values: total, missingColumn } = weightedSum(transformed, weights);
  const columns = transformed.map((x, d) => {
    const w = weights[d];
    const column = new Float64Array(x.length);
    if (w !== 0) for (let i = 0; i < x.length; i++) column[i] = w * x[i];
    return column;
  });
  return { columns, total, missingColumn };
}
