import { orient } from "./columns";
import { EngineError } from "./errors";
import { normalizeOrientedAgainst } from "./goalposts";
import { type NormalizeMethod, normalize } from "./normalize";
import { scaleForSquares } from "./scale";
import { resolveDirections } from "./weights";

/**
 * Each column of `columns` normalised on its own with `method`, oriented by
 * its direction first (one direction for all columns, or one per column);
 * with `reference` (one column per column, the base period) each column is
 * normalised with its reference column's parameters (fixed goalposts).
 *
 * @example normalizeColumns([Float64Array.of(2, 4, 6, 8, 20)], "percentile")[0] // [0, 0.25, 0.5, 0.75, 1]
 * @throws {EngineError} DIRECTION_COUNT, DIRECTION_INVALID, ZERO_VARIANCE, TOO_FEW_VALUES
 */
export function normalizeColumns(
  columns: readonly ArrayLike<number>[],
  method: NormalizeMethod = "z",
  directions: ArrayLike<number> | null = null,
  reference: readonly ArrayLike<number>[] | null = null,
): Float64Array[] {
  if (reference && reference.length !== columns.length) {
    throw new EngineError("LENGTH_MISMATCH", "the reference needs one column per column of values", {
      parameter: "reference",
      expected: columns.length,
      actual: reference.length,
    });
  }
  const resolved =
    directions && directions.length === 1 && columns.length > 1
      ? resolveDirections(new Array(columns.length).fill(directions[0]), columns.length)
      : resolveDirections(directions, columns.length);
  return columns.map((column, c) =>
    reference
      ? normalizeOrientedAgainst(orient(column, resolved[c]), reference[c], resolved[c], method, c)
      : normalize(scaleForSquares(orient(column, resolved[c])), method, c),
  );
}
