import { orient } from "./columns";
import { DEFAULT_QUANTILES } from "./constants";
import { EngineError } from "./errors";
import { quantileOfRanks, validateQuantiles } from "./quantile";
import { rankDescendingWithinGroups } from "./rank";
import { rankDescendingInPlace, scanColumn } from "./sortOrder";

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
 * `sizes` is made when first read (RANK does not need it: 8 MB at Excel's full sheet).
 *
 * @see docs/method.md §1
 * @example rankAreas([7, 3.5, 3.5, 1, 2]).ranks // Float64Array [1, 2, 2, 5, 4]
 * @throws {EngineError} TOO_FEW_ROWS for no values, DIRECTION_INVALID, LENGTH_MISMATCH when groups differ in length
 */
export function rankAreas(values: ArrayLike<number>, options: AreaRankOptions = {}): AreaRanks {
  return withSizes(rankOriented(orient(values, resolveDirection(options.direction)), options));
}

/**
 * rankAreas on a column the caller owns and gives up (an adapter's own copy of Excel's range): oriented and
 * ranked in place when not grouped, so no copy of 8 MB is made at Excel's full sheet.
 */
export function rankAreasInPlace(values: Float64Array, options: AreaRankOptions = {}): AreaRanks {
  return withSizes(rankOriented(orient(values, resolveDirection(options.direction), values), options));
}

function withSizes(ranked: Ranked): AreaRanks {
  let sizes: Float64Array | null = null;
  return {
    ranks: ranked.ranks,
    get sizes() {
      return (sizes ??= sizesPerArea(ranked));
    },
  };
}

/** Ranks, and the N of each: one for all areas, or one per group id. */
interface Ranked {
  readonly ranks: Float64Array;
  readonly size: number | Float64Array;
  readonly groups: Int32Array | null;
}

/** Ranks of an oriented column the function may overwrite (a copy, or the caller's own). */
function rankOriented(oriented: Float64Array, options: AreaRankOptions): Ranked {
  const n = oriented.length;
  if (n === 0)
    throw new EngineError("TOO_FEW_ROWS", "no areas to rank", { parameter: "values", expected: 1, actual: 0 });
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
    return { ranks, size: groupSizes, groups };
  }
  const scan = scanColumn(oriented);
  return { ranks: rankDescendingInPlace(oriented, undefined, scan), size: scan.count, groups: null };
}

function sizesPerArea({ ranks, size, groups }: Ranked): Float64Array {
  const sizes = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) {
    if (ranks[i] !== ranks[i]) sizes[i] = NaN;
    else sizes[i] = typeof size === "number" ? size : size[(groups as Int32Array)[i]];
  }
  return sizes;
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
  const quantiles = validQuantiles(options);
  return quantilesOf(orient(values, resolveDirection(options.direction)), quantiles, options);
}

/** quantileOfAreas on a column the caller owns and gives up: the quantile groups are written over it. */
export function quantileOfAreasInPlace(
  values: Float64Array,
  options: AreaRankOptions & { quantiles?: number | null } = {},
): Float64Array {
  const quantiles = validQuantiles(options);
  return quantilesOf(orient(values, resolveDirection(options.direction), values), quantiles, options);
}

function validQuantiles(options: { quantiles?: number | null }): number {
  const quantiles = options.quantiles ?? DEFAULT_QUANTILES;
  validateQuantiles(quantiles);
  return quantiles;
}

/** Quantile groups of an oriented column the function may overwrite (written over its ranks). */
function quantilesOf(oriented: Float64Array, quantiles: number, options: AreaRankOptions): Float64Array {
  const { ranks, size, groups } = rankOriented(oriented, options);
  return quantileOfRanks(ranks, size, quantiles, groups ?? undefined, ranks);
}
