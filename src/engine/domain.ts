import { type ColumnSource, columnSource, isColumnSource, orient } from "./columns";
import { ColumnCombiner } from "./combiner";
import type { CompositeResult } from "./compositeResult";
import { resolveMinCoverage } from "./coverage";
import { EngineError } from "./errors";
import { type NormalizeMethod, normalizeInPlace } from "./normalize";
import { normalizeOrientedAgainst } from "./goalposts";
import { scaleForSquares } from "./scale";
import { normalizedWeights, resolveDirections, resolveWeights } from "./weights";

export interface DomainOptions {
  /** One direction per indicator: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
  /** One weight per indicator (≥ 0); renormalised to sum 1; default equal. */
  weights?: ArrayLike<number> | null;
  /** Normalisation of each indicator; default "z". */
  method?: NormalizeMethod;
  /**
   * Share of the indicator weight (0 < c ≤ 1) an area needs to be scored; default 1 (every weighted
   * indicator). Below 1 an area is scored over the indicators it has, their weights re-normalised.
   */
  minCoverage?: number | null;
  /**
   * Fixed goalposts: the same indicators for a base period (one column per indicator, any number of
   * areas). Each indicator is then normalised with the reference's parameters (docs/method.md §4), so a
   * change between periods is absolute. Absent: each indicator among its own values.
   */
  reference?: readonly ArrayLike<number>[] | null;
}

/**
 * A domain score per area from its indicators (IoD Stage 4, docs/method.md §4):
 * each indicator is oriented by its direction so that higher = more
 * deprived, normalised ("z", "rankit", "minmax" or "percentile", over the
 * areas that have a value), and the normalised indicators are averaged with
 * the weights renormalised to sum 1 (equal by default).
 *
 * Missing values (docs/method.md §5): an area missing an indicator with a weight
 * above 0 gets no score (NaN) and `missingColumn` names that indicator; the
 * other areas are scored as usual. A missing value is never read as 0, and
 * by default weights are not renormalised around it (that would score the area
 * on a different mix of indicators than its neighbours). With `minCoverage`
 * c < 1 that is the explicit choice (coverage rule, §5): an area whose present
 * indicators carry at least a share c of the weight gets the weighted mean of
 * those, and `coverage` gives the share. Indicators with weight 0 are ignored,
 * missing values and all.
 *
 * @example domainScore([Float64Array.of(2, 4, 6, 8, 20)], { method: "minmax" }).values // [0, 11.11, 22.22, 33.33, 100]
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, WEIGHT_*, DIRECTION_*, ZERO_VARIANCE (naming the indicator),
 *   TOO_FEW_VALUES when an indicator has fewer than 2 values, PARAMETER_INVALID (minCoverage)
 */
export function domainScore(
  indicators: readonly ArrayLike<number>[] | ColumnSource,
  options: DomainOptions = {},
): CompositeResult {
  const source = isColumnSource(indicators) ? indicators : checkedSource(indicators);
  const columns = source.columnCount;
  if (columns === 0) throw new EngineError("TOO_FEW_ROWS", "no indicators given", { parameter: "indicators" });
  const rows = source.rowCount;
  if (rows < 2) {
    throw new EngineError("TOO_FEW_ROWS", "a domain score needs at least 2 areas", {
      parameter: "indicators",
      expected: 2,
      actual: rows,
    });
  }
  const weights = resolveWeights(options.weights, columns);
  const directions = resolveDirections(options.directions, columns);
  const method = options.method ?? "z";
  const minCoverage = resolveMinCoverage(options.minCoverage);
  const w = normalizedWeights(weights);
  const reference = options.reference ?? null;
  if (reference && reference.length !== columns) {
    throw new EngineError("LENGTH_MISMATCH", "the reference needs one column per indicator", {
      parameter: "reference",
      expected: columns,
      actual: reference.length,
    });
  }
  // One indicator at a time through one buffer, added to the sums as it is normalised.
  const column = new Float64Array(rows);
  const combiner = new ColumnCombiner(rows, minCoverage < 1);
  for (let c = 0; c < columns; c++) {
    if (weights[c] === 0) continue; // a weight-0 indicator takes no part: it is neither normalised nor read
    source.readColumn(c, column);
    orient(column, directions[c], column);
    const normalised = reference
      ? normalizeOrientedAgainst(column, reference[c], directions[c], method, c)
      : normalizeInPlace(scaleForSquares(column), method, c);
    combiner.add(normalised, w[c], c);
  }
  return minCoverage < 1 ? combiner.covered(minCoverage) : combiner.complete();
}

/** Columns in memory as a source, once their lengths are checked. */
function checkedSource(indicators: readonly ArrayLike<number>[]): ColumnSource {
  for (let c = 1; c < indicators.length; c++) {
    if (indicators[c].length !== indicators[0].length) {
      throw new EngineError("LENGTH_MISMATCH", "every indicator needs one value per area", {
        parameter: "indicators",
        column: c,
        expected: indicators[0].length,
        actual: indicators[c].length,
      });
    }
  }
  return columnSource(indicators);
}
