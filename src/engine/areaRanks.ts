import { orient } from "./columns";
import { DEFAULT_QUANTILES } from "./constants";
import { EngineError } from "./errors";
import { quantileOfRanks, validateQuantiles } from "./quantile";
import { rankDescending, rankDescendingWithinGroups } from "./rank";

export interface AreaRankOptions {
  /** 1 = higher is more deprived (default), −1 = higher is less deprived. */
  direction?: number | null;
  /** Group id per area (see groupIds): rank within each group; −1 = no group. */
  groups?: Int32Array | null;
  /** Number of groups (ids run 0 … groupCount − 1). */
  groupCount?: number;
}

/** Ranks of areas and the N each rank is out of. */
export interface AreaRanks {
  /** Rank per area, 1 = most deprived; NaN for a missing value or an area without a group. */
  readonly ranks: Float64Array;
  /** Areas ranked alongside each area (its group's size, or all areas with a value); NaN where the rank is. */
  readonly sizes: Float64Array;
}

/**
 * One direction for a whole column: 1 (default when null) or −1.
 * @example resolveDirection(null) // 1
 * @throws {EngineError} DIRECTION_INVALID for anything else
 */
export function resolveDirection(direction: number | null | undefined): 1 | -1 {
  if (direction == null || direction === 1) return 1;
  if (direction === -1) return -1;
  throw new EngineError("DIRECTION_INVALID", "the direction must be 1 or -1", {
    parameter: "direction",
    value: String(direction),
  });
}

/**
 * Ranks of areas, rank 1 = most deprived, ties at the minimum (1, 2, 2, 4):
 * nationally, or within each group (N = the group's areas with a value). With
 * direction 1 equals Excel's RANK.EQ(x, range, 0), with −1 RANK.EQ(x, range, 1).
 *
 * @see docs/method.md §1
 * @example rankAreas([7, 3.5, 3.5, 1, 2]).ranks // Float64Array [1, 2, 2, 5, 4]
 * @throws {EngineError} TOO_FEW_ROWS for no values, DIRECTION_INVALID, LENGTH_MISMATCH when groups differ in length
 */
export function rankAreas(values: ArrayLike<number>, options: AreaRankOptions = {}): AreaRanks {
  const oriented = orient(values, resolveDirection(options.direction));
  const n = oriented.length;
  if (n === 0)
    throw new EngineError("TOO_FEW_ROWS", "no areas to rank", { parameter: "values", expected: 1, actual: 0 });
  const sizes = new Float64Array(n);
  const groups = options.groups;
  if (groups) {
    if (groups.length !== n) {
      throw new EngineError("LENGTH_MISMATCH", "groups need one code per area", {
        parameter: "groups",
        expected: n,
        actual: groups.length,
      });
    }
    const { ranks, groupSizes } = rankDescendingWithinGroups(oriented, groups, options.groupCount ?? maxId(groups) + 1);
    for (let i = 0; i < n; i++) sizes[i] = ranks[i] === ranks[i] ? groupSizes[groups[i]] : NaN;
    return { ranks, sizes };
  }
  const ranks = rankDescending(oriented);
  let present = 0;
  for (let i = 0; i < n; i++) if (ranks[i] === ranks[i]) present++;
  for (let i = 0; i < n; i++) sizes[i] = ranks[i] === ranks[i] ? present : NaN;
  return { ranks, sizes };
}

function maxId(groups: Int32Array): number {
  let max = -1;
  for (let i = 0; i < groups.length; i++) if (groups[i] > max) max = groups[i];
  return max;
}

/**
 * Quantile group per area: ceil(q · rank / N), decile 1 = the most deprived
 * 10 % (q = 10), nationally or within each group. Matches every published
 * IoD2019 and IoD2025 decile.
 *
 * @see docs/method.md §1
 * @example quantileOfAreas([50, 40, 30, 20, 10]) // Float64Array [2, 4, 6, 8, 10]
 * @throws {EngineError} PARAMETER_INVALID for quantiles outside 1…1000, and rankAreas' errors
 */
export function quantileOfAreas(
  values: ArrayLike<number>,
  options: AreaRankOptions & { quantiles?: number | null } = {},
): Float64Array {
  const quantiles = options.quantiles ?? DEFAULT_QUANTILES;
  validateQuantiles(quantiles);
  const { ranks, sizes } = rankAreas(values, options);
  return quantileOfRanks(ranks, sizes, quantiles);
}
