import { EngineError } from "./errors";

/**
 * Checks a weight vector against the number of columns: finite, ≥ 0, not all
 * zero. Returns a Float64Array copy; `null`/`undefined` gives equal weights
 * (1 each — renormalising methods divide by the sum; the IoD sum uses them as given).
 */
export function resolveWeights(weights: ArrayLike<number> | null | undefined, columns: number): Float64Array {
  if (weights == null) return new Float64Array(columns).fill(1 / columns);
  if (weights.length !== columns) {
    throw new EngineError("WEIGHT_COUNT", `expected ${columns} weights, got ${weights.length}`, {
      parameter: "weights",
      expected: columns,
      actual: weights.length,
    });
  }
  const out = new Float64Array(columns);
  let sum = 0;
  for (let d = 0; d < columns; d++) {
    const w = weights[d];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new EngineError("WEIGHT_INVALID", `weight ${d + 1} must be a number ≥ 0`, {
        parameter: "weights",
        column: d,
        value: String(w),
      });
    }
    out[d] = w;
    sum += w;
  }
  if (sum === 0) throw new EngineError("WEIGHT_ZERO", "all weights are zero", { parameter: "weights" });
  return out;
}

/** Checks directions (each 1 or −1); `null`/`undefined` gives all 1. */
export function resolveDirections(directions: ArrayLike<number> | null | undefined, columns: number): Int8Array {
  const out = new Int8Array(columns).fill(1);
  if (directions == null) return out;
  if (directions.length !== columns) {
    throw new EngineError("DIRECTION_COUNT", `expected ${columns} directions, got ${directions.length}`, {
      parameter: "directions",
      expected: columns,
      actual: directions.length,
    });
  }
  for (let d = 0; d < columns; d++) {
    const v = directions[d];
    if (v !== 1 && v !== -1) {
      throw new EngineError("DIRECTION_INVALID", `direction ${d + 1} must be 1 or -1`, {
        parameter: "directions",
        column: d,
        value: String(v),
      });
    }
    out[d] = v;
  }
  return out;
}

/** Weights divided by their sum (for methods that renormalise). */
export function normalizedWeights(weights: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let d = 0; d < weights.length; d++) sum += weights[d];
  const out = new Float64Array(weights.length);
  for (let d = 0; d < weights.length; d++) out[d] = weights[d] / sum;
  return out;
}
