import { resolveDirection } from "./areaRanks";
import { countPresent, orient } from "./columns";
import { EngineError } from "./errors";
import { expTransformRanks, expTransformTable } from "./expTransform";
import { rankDescending } from "./rank";

/**
 * The IoD exponential transformation of a column of values: rank them (1 =
 * most deprived, ties at the minimum, among the areas with a value), then
 * X = −23 ln(1 − R (1 − e^(−100/23))) with R = (N − r + 1)/N, so X runs from
 * about 0 (least deprived) to 100 (most deprived) and tied values share one X.
 * Missing values stay NaN.
 *
 * @see docs/method.md §2
 * @example expTransformValues([50, 40, 30, 20, 10]) // [100, 35.8568, 20.6327, 11.5515, 5.0580]
 * @throws {EngineError} TOO_FEW_ROWS for no values, DIRECTION_INVALID
 */
export function expTransformValues(values: ArrayLike<number>, direction: number | null = 1): Float64Array {
  const oriented = orient(values, resolveDirection(direction));
  if (oriented.length === 0) {
    throw new EngineError("TOO_FEW_ROWS", "no areas to transform", { parameter: "values", expected: 1, actual: 0 });
  }
  const n = countPresent(oriented);
  if (n === 0) return oriented; // nothing to rank: every value is missing (NaN)
  return expTransformRanks(rankDescending(oriented), n, undefined, expTransformTable(n));
}
