import { EngineError } from "./errors";

export interface PersistenceResult {
  /** Number of editions in which the area is in decile ≤ k; NaN when an edition is missing. */
  readonly counts: Float64Array;
  /** First edition (column) without a value per area, −1 when complete. */
  readonly missingColumn: Int32Array;
}

/**
 * Persistent deprivation (hardnekkige achterstand): per area, the number of
 * editions (one column each, e.g. the IMD deciles of 2010, 2015, 2019) in
 * which its decile is k or lower — decile 1 being the most deprived 10 %.
 * Quintiles or other groups work the same way. An area missing an edition gets
 * NaN: whether it was deprived then is unknown, not "no".
 *
 * @see docs/method.md §9
 * @example persistence([Float64Array.of(1, 1, 4), Float64Array.of(1, 2, 1)], 1).counts // Float64Array [2, 1, 1]
 * @throws {EngineError} TOO_FEW_ROWS (no edition or no area), LENGTH_MISMATCH, PARAMETER_INVALID (k or a
 *   decile that is not a whole number ≥ 1)
 */
export function persistence(editions: readonly ArrayLike<number>[], k = 1): PersistenceResult {
  if (editions.length === 0 || editions[0].length === 0) {
    throw new EngineError("TOO_FEW_ROWS", "no deciles given", { parameter: "deciles", expected: 1, actual: 0 });
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new EngineError("PARAMETER_INVALID", "k must be a whole number ≥ 1", {
      parameter: "k",
      value: k,
      expected: "1, 2, 3, …",
    });
  }
  const rows = editions[0].length;
  const counts = new Float64Array(rows);
  const missingColumn = new Int32Array(rows).fill(-1);
  editions.forEach((edition, column) => {
    if (edition.length !== rows) {
      throw new EngineError("LENGTH_MISMATCH", "every edition needs one decile per area", {
        parameter: "deciles",
        column,
        expected: rows,
        actual: edition.length,
      });
    }
    for (let i = 0; i < rows; i++) {
      const decile = edition[i];
      if (decile !== decile) {
        if (missingColumn[i] < 0) missingColumn[i] = column;
      } else if (!Number.isInteger(decile) || decile < 1) {
        throw new EngineError("PARAMETER_INVALID", "a decile must be a whole number ≥ 1", {
          parameter: "deciles",
          row: i,
          column,
          value: decile,
          expected: "1, 2, 3, …",
        });
      } else if (decile <= k) {
        counts[i]++;
      }
    }
  });
  for (let i = 0; i < rows; i++) if (missingColumn[i] >= 0) counts[i] = NaN;
  return { counts, missingColumn };
}
