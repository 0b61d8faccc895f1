import { EngineError } from "./errors";
import { normalQuantile } from "./distributions";
import { type NormalizeMethod, meanAndSampleSd } from "./normalize";
import { squaresSafeScale } from "./scale";

/**
 * Fixed goalposts (docs/method.md §4, "Change over time"): a later period's
 * values normalised with the parameters of a base period, so that a change
 * in the normalised values is a change in the data, not a shift of the scale.
 *
 * - z: (x − mean_ref) / sd_ref (sample sd);
 * - min-max: 100 · (x − min_ref) / (max_ref − min_ref); later values may fall outside 0–100;
 * - percentile: Excel's PERCENTRANK.INC of x within the reference: for a value in the reference
 *   (#below)/(n − 1) with ties at their lowest rank, between two reference values linear interpolation,
 *   below the lowest 0 and above the highest 1;
 * - rankit: Φ⁻¹((r − 0.5)/n) with r the average ascending rank of x in the reference, interpolated
 *   between reference values and held at 1 … n outside them (so it stays finite).
 *
 * With the data itself as the reference every method gives exactly what `normalize` gives.
 */

/** The reference's present values, sorted ascending. */
function sortedPresent(reference: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < reference.length; i++) if (reference[i] === reference[i]) count++;
  const sorted = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < reference.length; i++) if (reference[i] === reference[i]) sorted[k++] = reference[i];
  return sorted.sort();
}

/** Number of sorted values below x (binary search). */
function below(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of sorted values at or below x. */
function atOrBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A position of x within the sorted reference, `at(value)` giving the position of a reference value:
 * exact for a reference value, interpolated between its neighbours, held at the ends outside them.
 */
function position(sorted: Float64Array, x: number, at: (b: number, e: number) => number): number {
  const n = sorted.length;
  const b = below(sorted, x);
  const e = atOrBelow(sorted, x);
  if (e > b) return at(b, e - b);
  if (b === 0) return at(0, atOrBelow(sorted, sorted[0]));
  if (b === n) return at(below(sorted, sorted[n - 1]), n - below(sorted, sorted[n - 1]));
  const low = sorted[b - 1];
  const high = sorted[b];
  const lowAt = at(below(sorted, low), b - below(sorted, low));
  const highAt = at(b, atOrBelow(sorted, high) - b);
  return lowAt + ((x - low) / (high - low)) * (highAt - lowAt);
}

function requireReference(sorted: Float64Array, column: number | undefined): void {
  if (sorted.length < 2) {
    throw new EngineError("TOO_FEW_VALUES", `the reference needs at least 2 values, got ${sorted.length}`, {
      parameter: "reference",
      column,
      expected: 2,
      actual: sorted.length,
    });
  }
  if (sorted[0] === sorted[sorted.length - 1]) {
    throw new EngineError("ZERO_VARIANCE", "all reference values are equal: nothing to normalise by", {
      parameter: "reference",
      column,
    });
  }
}

/**
 * `values` normalised with the parameters of `reference` (any length; missing values NaN in both).
 * @example normalizeAgainst([5, 9], [2, 4, 6, 8], "minmax") // [50, 116.67]: (x − 2)/(8 − 2) · 100
 * @throws {EngineError} TOO_FEW_VALUES / ZERO_VARIANCE (parameter "reference") when the reference has fewer
 *   than 2 values or no spread
 */
export function normalizeAgainst(
  values: ArrayLike<number>,
  reference: ArrayLike<number>,
  method: NormalizeMethod,
  column?: number,
): Float64Array {
  const sorted = sortedPresent(reference);
  requireReference(sorted, column);
  const n = sorted.length;
  const out = new Float64Array(values.length);
  switch (method) {
    case "z": {
      const { mean, sd } = meanAndSampleSd(sorted);
      for (let i = 0; i < values.length; i++) out[i] = (values[i] - mean) / sd;
      return out;
    }
    case "minmax": {
      const min = sorted[0];
      const range = sorted[n - 1] - min;
      for (let i = 0; i < values.length; i++) out[i] = (100 * (values[i] - min)) / range;
      return out;
    }
    case "percentile": {
      // PERCENTRANK.INC: ties at their lowest rank, (rank − 1)/(n − 1).
      const at = (b: number) => b / (n - 1);
      for (let i = 0; i < values.length; i++) out[i] = values[i] === values[i] ? position(sorted, values[i], at) : NaN;
      return out;
    }
    case "rankit": {
      // Average ascending rank of a run of e equal values after b smaller ones: b + (e + 1)/2.
      const at = (b: number, e: number) => b + (e + 1) / 2;
      for (let i = 0; i < values.length; i++) {
        const x = values[i];
        out[i] = x === x ? normalQuantile((position(sorted, x, at) - 0.5) / n) : NaN;
      }
      return out;
    }
  }
}

/**
 * One indicator column already oriented (higher = more deprived) normalised against its raw reference
 * column: the reference is oriented by the same `direction`, and both are scaled by the same power of two
 * so their squares stay finite.
 */
export function normalizeOrientedAgainst(
  column: Float64Array,
  reference: ArrayLike<number>,
  direction: number,
  method: NormalizeMethod,
  index?: number,
): Float64Array {
  const oriented = new Float64Array(reference.length);
  for (let i = 0; i < reference.length; i++) oriented[i] = direction * reference[i];
  const scale = squaresSafeScale([largest(column), largest(oriented)]);
  if (scale !== 1) {
    for (let i = 0; i < column.length; i++) column[i] *= scale;
    for (let i = 0; i < oriented.length; i++) oriented[i] *= scale;
  }
  return normalizeAgainst(column, oriented, method, index);
}

function largest(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]);
    if (a > max) max = a;
  }
  return max;
}
