import { persistence } from "../engine";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readColumns, toColumn, usedRows } from "./inputs";
import { readOptionalNumber } from "./vectorInputs";

const ID = "PERSIST";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "deciles";

/**
 * Persistent deprivation: per area, the number of editions (columns) in which its decile is k or lower (default 1).
 * @customfunction PERSIST
 * @helpurl https://localhost:3000/docs/functions.html#persist
 * @param deciles One row per area, one column per edition (e.g. the deciles of 2015, 2019 and 2025). Blank cells are missing values.
 * @param [k] Count an edition when the decile is k or lower (default 1: the most deprived 10 %).
 * @returns One count per area, from 0 to the number of editions.
 */
export function persist(deciles: any[][], k?: number): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "deciles");
    const { columns: editions, height } = usedRows(readColumns(deciles, label));
    const upTo = readOptionalNumber(k, argumentLabel(ID, "k"));
    const result = persistence(editions, upTo ?? undefined);
    return toColumn(
      result.counts,
      (row) => excelError(NA, inputMessages().missingArea(label, result.missingColumn[row])),
      height,
    );
  });
}
