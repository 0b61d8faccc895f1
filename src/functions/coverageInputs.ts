import type { CompositeResult } from "../engine/composite";
import { argumentLabel, excelError, inputMessages } from "./errors";
import { readOptionalNumber } from "./vectorInputs";

/**
 * The optional last argument `min_coverage` of DOMAIN, SCORE, CONTRIB, STACK and SENSITIVITY (the coverage
 * rule, docs/method.md §5), and the #N/A an area gets without a score.
 */

const NA = "#N/A" as CustomFunctions.ErrorCode;

/** The argument's name in the functions' metadata (and the engine's name for it). */
export const MIN_COVERAGE = "min_coverage";

/** Maps the engine's parameter "minCoverage" to the argument, others as `parameterOf` does. */
export function withMinCoverage(parameterOf: (p: string | undefined) => string) {
  return (p: string | undefined) => (p === "minCoverage" ? MIN_COVERAGE : parameterOf(p));
}

/** The threshold as given, or null when left out (the engine checks 0 < x ≤ 1). */
export function readMinCoverage(arg: unknown, functionId: string): number | null {
  return readOptionalNumber(arg, argumentLabel(functionId, MIN_COVERAGE));
}

/**
 * The #N/A of an area without a score: the column it misses, and with a threshold below 1 how much of the
 * weight it has and how much is needed.
 */
export function unscoredError(
  functionId: string,
  label: string,
  result: Pick<CompositeResult, "missingColumn" | "coverage">,
  minCoverage: number | null,
  row: number,
): CustomFunctions.Error {
  const column = result.missingColumn[row];
  const messages = inputMessages();
  if (result.coverage && minCoverage !== null && minCoverage < 1) {
    const threshold = argumentLabel(functionId, MIN_COVERAGE);
    return excelError(NA, messages.belowCoverage(label, result.coverage[row], minCoverage, column, threshold));
  }
  return excelError(NA, messages.missingArea(label, column));
}
