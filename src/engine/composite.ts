import { ColumnCombiner } from "./combiner";
import type { CompositeResult } from "./compositeResult";
import { EngineError } from "./errors";
import { normalizedWeights } from "./weights";

export type { CompositeResult } from "./compositeResult";

function rowCount(columns: readonly ArrayLike<number>[]): number {
  return columns.length === 0 ? 0 : columns[0].length;
}

/**
 * Each weighted column mapped through `f` (NaN kept), refusing values ≤ 0: the
 * geometric and harmonic means are linear combinations of ln x and 1/x.
 */
export function mapPositive(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  f: (x: number) => number,
  what: string,
): ArrayLike<number>[] {
  return columns.map((column, d) => {
    if (weights[d] === 0) return column;
    const out = new Float64Array(column.length);
    for (let i = 0; i < column.length; i++) {
      const v = column[i];
      if (v <= 0)
        throw new EngineError("NOT_POSITIVE", `${what} needs values above 0`, { column: d, row: i, value: v });
      out[i] = v === v ? f(v) : NaN;
    }
    return out;
  });
}

/**
 * Σ w_d x_d with the weights used as given: the IoD's Stage 6, where the
 * published England weights sum to 0.999 and are not renormalised.
 * @example weightedSum([Float64Array.of(100), Float64Array.of(50)], [0.5, 0.25]).values // [62.5]
 */
export function weightedSum(columns: readonly ArrayLike<number>[], weights: ArrayLike<number>): CompositeResult {
  return linearCombination(columns, weights);
}

/** Σ w_d x_d without a callback per element (the hot path of every index). */
function linearCombination(columns: readonly ArrayLike<number>[], weights: ArrayLike<number>): CompositeResult {
  const combiner = new ColumnCombiner(rowCount(columns), false);
  for (let d = 0; d < columns.length; d++) combiner.add(columns[d], weights[d], d);
  return combiner.complete();
}

/**
 * Σ w x / Σ w (COINr `a_amean`).
 * @example weightedArithmeticMean([[20], [50], [80]], [1, 1, 2]).values // [57.5]
 */
export function weightedArithmeticMean(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
): CompositeResult {
  return linearCombination(columns, normalizedWeights(weights));
}

/**
 * exp(Σ w ln x / Σ w) (COINr `a_gmean`). Refuses a value ≤ 0: the logarithm
 * does not exist there — rescale first (min-max to [1, 100]).
 * @example weightedGeometricMean([[20], [50], [80]], [1, 1, 2]).values // [50.2973]
 * @throws {EngineError} NOT_POSITIVE naming the row and column
 */
export function weightedGeometricMean(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
): CompositeResult {
  const w = normalizedWeights(weights);
  const result = linearCombination(mapPositive(columns, w, Math.log, "a geometric mean"), w);
  const { values } = result;
  for (let i = 0; i < values.length; i++) values[i] = Math.exp(values[i]);
  return result;
}

/**
 * Σ w / Σ (w / x) (COINr `a_hmean`); refuses values ≤ 0 like the geometric mean.
 * @example weightedHarmonicMean([[20], [50], [80]], [1, 1, 2]).values // [42.1053]
 */
export function weightedHarmonicMean(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
): CompositeResult {
  const w = normalizedWeights(weights);
  const result = linearCombination(
    mapPositive(columns, w, (x) => 1 / x, "a harmonic mean"),
    w,
  );
  const { values } = result;
  for (let i = 0; i < values.length; i++) values[i] = 1 / values[i];
  return result;
}
