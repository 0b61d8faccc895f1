import { orient } from "./columns";
import { EngineError } from "./errors";
import { normalizeOrientedAgainst } from "./goalposts";
import { type NormalizeMethod, normalizeInPlace } from "./normalize";
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
  return normalizeColumnsInPlace(
    columns.map((column) => Float64Array.from(column)),
    method,
    directions,
    reference,
  );
}

/**
 * normalizeColumns on columns the caller owns and gives up (an adapter's own copy of Excel's range):
 * oriented, scaled and, for z-scores and min-max, normalised in place. At Excel's 1,048,575 rows every
 * copy left out is 8 MB less to allocate and first touch per column.
 * @throws {EngineError} as normalizeColumns
 */
export function normalizeColumnsInPlace(
  columns: Float64Array[],
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
  return columns.map((column, c) => {
    const oriented = orient(column, resolved[c], column);
    return reference
      ? normalizeOrientedAgainst(oriented, reference[c], resolved[c], method, c)
      : normalizeInPlace(scaleForSquares(oriented), method, c);
  });
}
