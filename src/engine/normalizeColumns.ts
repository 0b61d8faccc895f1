import { orient } from "./columns";
import { type NormalizeMethod, normalize } from "./normalize";
import { scaleForSquares } from "./scale";
import { resolveDirections } from "./weights";

/**
 * Each column of `columns` normalised on its own with `method`, oriented by
 * its direction first (one direction for all columns, or one per column).
 *
 * @example normalizeColumns([Float64Array.of(2, 4, 6, 8, 20)], "percentile")[0] // [0, 0.25, 0.5, 0.75, 1]
 * @throws {EngineError} DIRECTION_COUNT, DIRECTION_INVALID, ZERO_VARIANCE, TOO_FEW_VALUES
 */
export function normalizeColumns(
  columns: readonly ArrayLike<number>[],
  method: NormalizeMethod = "z",
  directions: ArrayLike<number> | null = null,
): Float64Array[] {
  const resolved =
    directions && directions.length === 1 && columns.length > 1
      ? resolveDirections(new Array(columns.length).fill(directions[0]), columns.length)
      : resolveDirections(directions, columns.length);
  return columns.map((column, c) => normalize(scaleForSquares(orient(column, resolved[c])), method, c));
}
