import { mdiScore } from "../engine";
import { SCORE_METHOD, parseChoice } from "./choices";
import { readMinCoverage, unscoredError, withMinCoverage } from "./coverageInputs";
import { argumentLabel, guarded } from "./errors";
import { readTable, readNumberVector, readText, toColumn } from "./inputs";

const ID = "SCORE";
const parameterOf = withMinCoverage((p) => p ?? "domains");

/**
 * Multiple deprivation index per area from its domain scores (higher = more deprived).
 * @customfunction SCORE
 * @helpurl https://localhost:3000/docs/functions.html#score
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [weights] One weight per domain (a row or a column). Default: equal weights.
 * @param [method] "exp" (default: IoD exponential transform and weighted sum), "mean" (mean of z-scores) or "geomean" (geometric mean).
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @param [min_coverage] Share of the weight (above 0, at most 1) an area needs to be scored over the domains it has, their weights re-normalised. Default 1: every domain.
 * @returns One score per area.
 */
export function score(
  domains: any[][],
  weights?: any[][],
  method?: string,
  directions?: any[][],
  min_coverage?: any,
): any[][] {
  return guarded(ID, parameterOf, () => {
    const table = readTable(domains, argumentLabel(ID, "domains"));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const m = readText(method, argumentLabel(ID, "method"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const c = readMinCoverage(min_coverage, ID);
    const result = mdiScore(table, {
      weights: w,
      directions: d,
      method: m ? parseChoice(SCORE_METHOD, m) : "exp",
      minCoverage: c,
    });
    const label = argumentLabel(ID, "domains");
    return toColumn(result.values, (row) => unscoredError(ID, label, result, c, row), table.height);
  });
}
