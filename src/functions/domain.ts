import { domainScore } from "../engine";
import { NORMALIZE_METHOD, parseChoice } from "./choices";
import { readMinCoverage, unscoredError, withMinCoverage } from "./coverageInputs";
import { argumentLabel, guarded } from "./errors";
import { readReference, readTable, readNumberVector, toColumn } from "./inputs";
import { readMethod } from "./vectorInputs";

const ID = "DOMAIN";
const parameterOf = withMinCoverage((p) => p ?? "indicators");

/**
 * Domain score per area from its indicators (higher = more deprived): each indicator oriented, normalised, then averaged with the weights.
 * @customfunction DOMAIN
 * @helpurl https://localhost:3000/docs/functions.html#domain
 * @param indicators One row per area, one column per indicator. Blank cells are missing values.
 * @param [directions] One direction per indicator: 1 = higher is more deprived (default), -1 = higher is less deprived (income, WOZ value, turnout).
 * @param [weights] One weight per indicator (a row or a column), renormalised to sum 1. Default: equal weights.
 * @param [method] Normalisation: "z" (default, z-score), "rankit" (normal scores of the ranks), "minmax" (0-100) or "percentile" (0-1).
 * @param [min_coverage] Share of the indicator weight (above 0, at most 1) an area needs to be scored over the indicators it has, their weights re-normalised. Default 1: every indicator.
 * @param [reference] Fixed goalposts: the same indicators for a base period (same columns, any number of rows). Each indicator is normalised with the reference's parameters, so the change between periods is absolute. Default: each indicator among its own values.
 * @returns One domain score per area.
 */
export function domain(
  indicators: any[][],
  directions?: any[][],
  weights?: any[][],
  method?: string,
  min_coverage?: any,
  reference?: any[][],
): any[][] {
  return guarded(ID, parameterOf, () => {
    const table = readTable(indicators, argumentLabel(ID, "indicators"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const m = readMethod(method, argumentLabel(ID, "method"), "z");
    const c = readMinCoverage(min_coverage, ID);
    const goalposts = readReference(reference, argumentLabel(ID, "reference"), table.columnCount);
    const result = domainScore(table, {
      reference: goalposts,
      directions: d,
      weights: w,
      method: m ? parseChoice(NORMALIZE_METHOD, m) : "z",
      minCoverage: c,
    });
    const label = argumentLabel(ID, "indicators");
    return toColumn(result.values, (row) => unscoredError(ID, label, result, c, row), table.height);
  });
}
