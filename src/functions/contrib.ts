import { domainContributions } from "../engine";
import { functionStrings } from "../i18n/functions";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readColumns, readNumberVector } from "./inputs";

const ID = "CONTRIB";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "domains";

/**
 * Each domain's contribution w * X to the IoD score of each area; a row adds up to =MDI.SCORE with the same arguments.
 * @customfunction CONTRIB
 * @helpurl https://localhost:3000/docs/functions.html#contrib
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [weights] One weight per domain (a row or a column). Default: equal weights.
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @returns A header row, then one row per area with one contribution per domain.
 */
export function contrib(domains: any[][], weights?: any[][], directions?: any[][]): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "domains");
    const columns = readColumns(domains, label);
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const result = domainContributions(columns, { weights: w, directions: d });
    const header = functionStrings().contribHeader;
    const rows: any[][] = [result.columns.map((_, c) => header(c))];
    for (let i = 0; i < result.total.length; i++) {
      if (result.missingColumn[i] >= 0) {
        const error = excelError(NA, inputMessages().missingArea(label, result.missingColumn[i]));
        rows.push(result.columns.map(() => error));
      } else {
        rows.push(result.columns.map((column) => column[i]));
      }
    }
    return rows;
  });
}
