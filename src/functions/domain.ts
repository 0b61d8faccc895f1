import { domainScore } from "../engine";
import { NORMALIZE_METHOD, parseChoice } from "./choices";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readColumns, readNumberVector, toColumn } from "./inputs";
import { readMethod } from "./vectorInputs";

const ID = "DOMAIN";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "indicators";

/**
 * Domain score per area from its indicators (higher = more deprived): each indicator oriented, normalised, then averaged with the weights.
 * @customfunction DOMAIN
 * @helpurl https://localhost:3000/docs/functions.html#domain
 * @param indicators One row per area, one column per indicator. Blank cells are missing values.
 * @param [directions] One direction per indicator: 1 = higher is more deprived (default), -1 = higher is less deprived (income, WOZ value, turnout).
 * @param [weights] One weight per indicator (a row or a column), renormalised to sum 1. Default: equal weights.
 * @param [method] Normalisation: "z" (default, z-score), "rankit" (normal scores of the ranks), "minmax" (0-100) or "percentile" (0-1).
 * @returns One domain score per area.
 */
export function domain(indicators: any[][], directions?: any[][], weights?: any[][], method?: string): any[][] {
  return guarded(ID, parameterOf, () => {
    const columns = readColumns(indicators, argumentLabel(ID, "indicators"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const m = readMethod(method, argumentLabel(ID, "method"), "z");
    const result = domainScore(columns, {
      directions: d,
      weights: w,
      method: m ? parseChoice(NORMALIZE_METHOD, m) : "z",
    });
    const label = argumentLabel(ID, "indicators");
    return toColumn(result.values, (row) =>
      excelError(NA, inputMessages().missingArea(label, result.missingColumn[row])),
    );
  });
}
