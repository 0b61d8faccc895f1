import { type ColumnSource, columnSource, isColumnSource, orient } from "./columns";
import { ColumnCombiner } from "./combiner";
import type { CompositeResult } from "./compositeResult";
import { resolveMinCoverage } from "./coverage";
import { GEOMEAN_RESCALE_MAX, GEOMEAN_RESCALE_MIN } from "./constants";
import { EngineError } from "./errors";
import { expTransformTable } from "./expTransform";
import { minMax, zScores } from "./normalize";
import { rankDescendingInPlace, scanColumn } from "./sortOrder";
import { normalizedWeights, resolveDirections, resolveWeights } from "./weights";

/** How domain scores are combined into the index. */
export type ScoreMethod = "exp" | "mean" | "geomean";

export const SCORE_METHODS: readonly ScoreMethod[] = ["exp", "mean", "geomean"];

export interface ScoreOptions {
  /** One weight per domain; default equal weights summing to 1. */
  weights?: ArrayLike<number> | null;
  /** One direction per domain: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
  /** Default "exp". */
  method?: ScoreMethod;
  /**
   * Share of the weight (0 < c ≤ 1) an area needs to be scored; default 1 (every weighted domain).
   * Below 1 an area is scored over the domains it has, their weights re-normalised (coverage.ts).
   */
  minCoverage?: number | null;
}

/**
 * The multiple deprivation index of each area from its domain values.
 *
 * - "exp" (IoD Stage 5–6): rank each oriented domain (1 = most deprived, ties
 *   at the minimum, among the areas that have a value), exponentially
 *   transform the ranks to 0–100, and sum with the weights as given.
 * - "mean": weighted arithmetic mean of the z-scores (weights renormalised).
 * - "geomean": weighted geometric mean of the min-max [1, 100] scores.
 *
 * Higher = more deprived for every method. An area missing a domain gets NaN
 * and `missingColumn` names the domain; it does not stop the other areas.
 * With `minCoverage` c < 1 an area with at least a share c of the weight is
 * scored over the domains it has (docs/method.md §5, coverage rule): "exp"
 * Σ_present w·X · Σw / Σ_present w (the weighted mean of its transformed
 * domains when the weights sum to 1), "mean" and "geomean" their weighted
 * means over the domains present; `coverage` gives the share per area.
 *
 * @see docs/method.md §2–3
 * @example mdiScore(domainRanks, { weights: ENGLAND_WEIGHTS, directions: [-1, …] }) // IoD2025 IMD scores
 * @throws {EngineError} TOO_FEW_ROWS, WEIGHT_*, DIRECTION_*, ZERO_VARIANCE, PARAMETER_INVALID (minCoverage)
 */
export function mdiScore(
  domains: readonly ArrayLike<number>[] | ColumnSource,
  options: ScoreOptions = {},
): CompositeResult {
  const source = isColumnSource(domains) ? domains : columnSource(domains);
  const columns = isColumnSource(domains) ? checkSource(domains) : checkDomains(domains);
  const weights = resolveWeights(options.weights, columns);
  const directions = resolveDirections(options.directions, columns);
  const method = options.method ?? "exp";
  const minCoverage = resolveMinCoverage(options.minCoverage);
  if (!SCORE_METHODS.includes(method)) {
    throw new EngineError("METHOD_UNKNOWN", `unknown method "${String(method)}"`, {
      parameter: "method",
      value: String(method),
      expected: SCORE_METHODS.join(", "),
    });
  }
  // "exp" sums with the weights as given (IoD Stage 6); the means renormalise them.
  const w = method === "exp" ? weights : normalizedWeights(weights);

  // One domain at a time through one buffer: read, orient, transform in place, add to the sums.
  const rows = source.rowCount;
  const column = new Float64Array(rows);
  const combiner = new ColumnCombiner(rows, minCoverage < 1);
  for (let d = 0; d < columns; d++) {
    source.readColumn(d, column);
    orient(column, directions[d], column);
    switch (method) {
      case "exp":
        expTransformOriented(column);
        break;
      case "mean":
        zScores(column, d, column);
        break;
      case "geomean":
        minMax(column, GEOMEAN_RESCALE_MIN, GEOMEAN_RESCALE_MAX, d, column);
        if (w[d] !== 0) logarithmInPlace(column, d);
        break;
    }
    combiner.add(column, w[d], d);
  }
  const result = minCoverage < 1 ? combiner.covered(minCoverage) : combiner.complete();
  if (method === "geomean") {
    const { values } = result;
    for (let i = 0; i < values.length; i++) values[i] = Math.exp(values[i]);
  }
  return result;
}

/**
 * ln x in place for a geometric mean, refusing x ≤ 0 (the logarithm does not exist there).
 * @throws {EngineError} NOT_POSITIVE naming the row and column
 */
function logarithmInPlace(column: Float64Array, d: number): void {
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    if (v <= 0) {
      throw new EngineError("NOT_POSITIVE", "a geometric mean needs values above 0", { column: d, row: i, value: v });
    }
    column[i] = Math.log(v); // NaN stays NaN
  }
}

/**
 * A source's checks as `checkDomains`: at least one column and 2 areas.
 * @throws {EngineError} TOO_FEW_ROWS
 */
function checkSource(source: ColumnSource): number {
  if (source.columnCount === 0) throw new EngineError("TOO_FEW_ROWS", "no domains given", { parameter: "domains" });
  if (source.rowCount < 2) {
    throw new EngineError("TOO_FEW_ROWS", "an index needs at least 2 areas", {
      expected: 2,
      actual: source.rowCount,
    });
  }
  return source.columnCount;
}

/**
 * Checks that `domains` has at least one column, every column one value per
 * area, and at least 2 areas. Returns the number of columns.
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH
 */
export function checkDomains(domains: readonly ArrayLike<number>[]): number {
  const columns = domains.length;
  if (columns === 0) throw new EngineError("TOO_FEW_ROWS", "no domains given", { parameter: "domains" });
  const rows = domains[0].length;
  for (let d = 1; d < columns; d++) {
    if (domains[d].length !== rows) {
      throw new EngineError("LENGTH_MISMATCH", "every domain needs one value per area", {
        column: d,
        expected: rows,
        actual: domains[d].length,
      });
    }
  }
  if (rows < 2) {
    throw new EngineError("TOO_FEW_ROWS", "an index needs at least 2 areas", { expected: 2, actual: rows });
  }
  return columns;
}

/** Ranks an oriented column (1 = highest) and overwrites it with the exponential transform of the ranks. */
function expTransformOriented(oriented: Float64Array): Float64Array {
  const scan = scanColumn(oriented); // N for the table, and the range for the sort
  return rankDescendingInPlace(oriented, expTransformTable(scan.count), scan); // rank and transform in one walk
}

/**
 * The IoD Stage 5 of every domain: orient it, rank it (1 = most deprived, ties
 * at the minimum, among the areas that have a value) and exponentially
 * transform the ranks to 0–100 against that domain's N. These are exactly the
 * X that `mdiScore` sums with the weights, so Σ w·X over these columns is the
 * score to the last bit; contributions and sensitivity runs start from them.
 *
 * @example expTransformDomains([Float64Array.of(3, 1, 2)])[0] // Float64Array [100, 9.1774…, 24.6806…]
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, DIRECTION_COUNT, DIRECTION_INVALID
 */
export function expTransformDomains(
  domains: readonly ArrayLike<number>[],
  directions?: ArrayLike<number> | null,
): Float64Array[] {
  const resolved = resolveDirections(directions, checkDomains(domains));
  return domains.map((column, d) => expTransformOriented(orient(column, resolved[d])));
}
