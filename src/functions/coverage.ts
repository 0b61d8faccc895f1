import { weightCoverage } from "../engine";
import { argumentLabel, guarded } from "./errors";
import { paddedTo, readColumns, readNumberVector, usedRows } from "./inputs";

const ID = "COVERAGE";
const parameterOf = (p: string | undefined) => p ?? "data";

/**
 * Per area, the share of the weight whose column has a value (0 to 1): the coverage behind a score with min_coverage.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/docs/functions.html#coverage
 * @param data One row per area, one column per indicator or domain. Blank cells are missing values.
 * @param [weights] One weight per column (a row or a column); a column with weight 0 takes no part. Default: equal weights.
 * @returns One share per area: 1 = every weighted column present, 0 = none.
 */
export function coverage(data: any[][], weights?: any[][]): any[][] {
  return guarded(ID, parameterOf, () => {
    const { columns, height } = usedRows(readColumns(data, argumentLabel(ID, "data")));
    const w = readNumberVector(weights, argumentLabel(ID, "weights"));
    return paddedTo(
      Array.from(weightCoverage(columns, w), (share) => [share]),
      height,
      1,
    ) as any[][];
  });
}
