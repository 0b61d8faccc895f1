import { DEFAULT_QUANTILES } from "./constants";
import { EngineError } from "./errors";
import { rankDescending } from "./rank";
import { validateQuantiles } from "./quantile";
import { resolveDirections } from "./weights";

export interface TrendGroup {
  /** Quantile group in the earlier edition: 1 = the most deprived. */
  readonly group: number;
  readonly areas: number;
  /** Means over the group's areas; NaN when the group is empty. */
  readonly meanEarlier: number;
  readonly meanLater: number;
  /** Mean of (later − earlier) per area. */
  readonly meanChange: number;
}

export interface TrendOptions {
  /** Number of groups, default 10 (deciles). */
  quantiles?: number;
  /** 1 = higher is more deprived (default, scores); −1 = higher is less deprived (e.g. ranks, rank 1 = most deprived). */
  direction?: number;
}

export interface TrendResult {
  /** Groups 1 … quantiles, in order, empty ones included. */
  readonly groups: readonly TrendGroup[];
  /** Areas left out because the earlier or the later value is missing. */
  readonly excluded: number;
}

/**
 * Change between two editions by starting position ("two speeds"): the areas
 * with both values are cut into quantile groups by their earlier value
 * (group 1 = the most deprived: the highest values, or the lowest with
 * direction −1 as for ranks; groups are ceil(q · rank / N) as for deciles),
 * and each group gets its mean earlier
 * value, mean later value and mean change. With ranks or rank-based scores a
 * change is relative to the other areas, not an absolute change (docs/method.md §9).
 *
 * @example trendByQuantile([40, 30, 20, 10], [35, 31, 22, 9], { quantiles: 2 }).groups
 *   // [{ group: 1, areas: 2, meanEarlier: 35, meanLater: 33, meanChange: -2 },
 *   //  { group: 2, areas: 2, meanEarlier: 15, meanLater: 15.5, meanChange: 0.5 }]
 * @throws {EngineError} LENGTH_MISMATCH, PARAMETER_INVALID (quantiles), DIRECTION_INVALID, NUMBER_INVALID
 *   (an infinite value). With no area having both values every group is empty (and `excluded` says why).
 */
export function trendByQuantile(
  earlier: ArrayLike<number>,
  later: ArrayLike<number>,
  options: TrendOptions = {},
): TrendResult {
  const quantiles = options.quantiles ?? DEFAULT_QUANTILES;
  validateQuantiles(quantiles);
  const direction = resolveDirections([options.direction ?? 1], 1)[0];
  const n = earlier.length;
  if (later.length !== n) {
    throw new EngineError("LENGTH_MISMATCH", "earlier and later need one value per area each", {
      parameter: "later",
      expected: n,
      actual: later.length,
    });
  }
  const complete = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = earlier[i];
    const b = later[i];
    requireNotInfinite(a, i, "earlier");
    requireNotInfinite(b, i, "later");
    complete[i] = a === a && b === b ? direction * a : NaN;
    if (a === a && b === b) m++;
  }
  const ranks = rankDescending(complete);
  const areas = new Float64Array(quantiles);
  const sumEarlier = new Float64Array(quantiles);
  const sumLater = new Float64Array(quantiles);
  const sumChange = new Float64Array(quantiles);
  for (let i = 0; i < n; i++) {
    const r = ranks[i];
    if (r !== r) continue;
    const g = Math.ceil((quantiles * r) / m) - 1;
    areas[g]++;
    sumEarlier[g] += earlier[i];
    sumLater[g] += later[i];
    sumChange[g] += later[i] - earlier[i];
  }
  const groups: TrendGroup[] = [];
  for (let g = 0; g < quantiles; g++) {
    const count = areas[g];
    groups.push({
      group: g + 1,
      areas: count,
      meanEarlier: count ? sumEarlier[g] / count : NaN,
      meanLater: count ? sumLater[g] / count : NaN,
      meanChange: count ? sumChange[g] / count : NaN,
    });
  }
  return { groups, excluded: n - m };
}

function requireNotInfinite(value: number, row: number, parameter: string): void {
  if (value === Infinity || value === -Infinity) {
    throw new EngineError("NUMBER_INVALID", `${parameter} in row ${row + 1} is infinite`, { parameter, row, value });
  }
}
