import { domainContributions } from "../engine";
import { functionStrings } from "../i18n/functions";
import { readMinCoverage, unscoredError, withMinCoverage } from "./coverageInputs";
import { argumentLabel, guarded } from "./errors";
import { paddedTo, readColumns, readNumberVector, usedRows } from "./inputs";

const ID = "CONTRIB";
const parameterOf = withMinCoverage((p) => p ?? "domains");

/**
 * Each domain's contribution w * X to the IoD score of each area; a row adds up to =MDI.SCORE with the same arguments.
 * @customfunction CONTRIB
 * @helpurl https://localhost:3000/docs/functions.html#contrib
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [weights] One weight per domain (a row or a column). Default: equal weights.
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @param [min_coverage] Share of the weight (above 0, at most 1) an area needs, as in =MDI.SCORE; a domain it lacks shows an empty cell and the others are scaled so the row still adds up to its score. Default 1.
 * @returns A header row, then one row per area with one contribution per domain.
 */
export function contrib(domains: any[][], weights?: any[][], directions?: any[][], min_coverage?: any): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "domains");
    const { columns, height } = usedRows(readColumns(domains, label));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const c = readMinCoverage(min_coverage, ID);
    const result = domainContributions(columns, { weights: w, directions: d, minCoverage: c });
    const header = functionStrings().contribHeader;
    const rows: any[][] = [result.columns.map((_, k) => header(k))];
    for (let i = 0; i < result.total.length; i++) {
      if (!Number.isFinite(result.total[i])) {
        const error = unscoredError(ID, label, result, c, i);
        rows.push(result.columns.map(() => error));
      } else {
        // A domain the area lacks (scored over the others) contributes nothing: an empty cell, never 0.
        rows.push(result.columns.map((column) => (Number.isFinite(column[i]) ? column[i] : "")));
      }
    }
    return paddedTo(rows, 1 + height, result.columns.length);
  });
}
