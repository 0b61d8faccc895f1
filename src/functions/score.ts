import { mdiScore } from "../engine";
import { SCORE_METHOD, parseChoice } from "./choices";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readColumns, readNumberVector, readText, toColumn } from "./inputs";

const ID = "SCORE";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "domains";

/**
 * Multiple deprivation index per area from its domain scores (higher = more deprived).
 * @customfunction SCORE
 * @helpurl https://localhost:3000/docs/functions.html#score
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [weights] One weight per domain (a row or a column). Default: equal weights.
 * @param [method] "exp" (default: IoD exponential transform and weighted sum), "mean" (mean of z-scores) or "geomean" (geometric mean).
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @returns One score per area.
 */
export function score(domains: any[][], weights?: any[][], method?: string, directions?: any[][]): any[][] {
  return guarded(ID, parameterOf, () => {
    const columns = readColumns(domains, argumentLabel(ID, "domains"));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const m = readText(method, argumentLabel(ID, "method"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const result = mdiScore(columns, { weights: w, directions: d, method: m ? parseChoice(SCORE_METHOD, m) : "exp" });
    const label = argumentLabel(ID, "domains");
    return toColumn(result.values, (row) =>
      excelError(NA, inputMessages().missingArea(label, result.missingColumn[row])),
    );
  });
}
