import { DEFAULT_QUANTILES } from "./constants";
import { EngineError } from "./errors";

/**
 * Quantile group of a rank: ceil(q · rank / N), so with q = 10 decile 1 holds
 * the most deprived 10 % (rank 1 = most deprived). Matches every published
 * IoD2019 and IoD2025 decile. NaN ranks stay NaN.
 *
 * @see docs/method.md §1
 * @example quantileOfRanks(Float64Array.of(1, 2, 3, 4, 5), 5, 10) // Float64Array [2, 4, 6, 8, 10]
 */
export function quantileOfRanks(
  ranks: ArrayLike<number>,
  groupSize: number | ArrayLike<number>,
  quantiles: number = DEFAULT_QUANTILES,
  groups?: Int32Array,
  into?: Float64Array,
): Float64Array {
  validateQuantiles(quantiles);
  const n = ranks.length;
  const out = into ?? new Float64Array(n); // `into` may be `ranks` itself
  for (let i = 0; i < n; i++) {
    const size = typeof groupSize === "number" ? groupSize : groups ? groupSize[groups[i]] : groupSize[i];
    const r = ranks[i];
    out[i] = r === r && size > 0 ? Math.ceil((quantiles * r) / size) : NaN;
  }
  return out;
}

export function validateQuantiles(quantiles: number): void {
  if (!Number.isInteger(quantiles) || quantiles < 1 || quantiles > 1000) {
    throw new EngineError("PARAMETER_INVALID", `quantiles must be a whole number from 1 to 1000, got ${quantiles}`, {
      parameter: "quantiles",
      value: quantiles,
    });
  }
}
