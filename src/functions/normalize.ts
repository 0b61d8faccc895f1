import { EngineError, normalizeColumnsInPlace } from "../engine";
import { NORMALIZE_METHOD, parseChoice } from "./choices";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readNumberVector, readReference, readTable, tableColumns, toRows } from "./inputs";
import { readMethod, readVector } from "./vectorInputs";

const ID = "NORMALIZE";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => (p === "directions" ? "direction" : (p ?? "values"));

/**
 * Normalised values, same shape as the input: each column oriented and normalised on its own (z-score, rankit, min-max or percentile rank).
 * @customfunction NORMALIZE
 * @helpurl https://localhost:3000/docs/functions.html#normalize
 * @param values One row per area, one column per indicator (a single row is one series). Blank cells are missing values.
 * @param [method] "z" (default, z-score), "rankit" (normal scores of the ranks), "minmax" (0-100) or "percentile" (0-1).
 * @param [direction] 1 = higher is more deprived (default) or -1 = higher is less deprived: one for all columns, or one per column.
 * @param [reference] Fixed goalposts: the same columns for a base period (any number of rows). Each column is normalised with the reference's mean and sd, min and max, or position in its distribution, so changes over time are absolute. Default: each column on its own.
 * @returns The normalised values, one per input cell.
 */
export function normalize(values: any[][], method?: string, direction?: any[][], reference?: any[][]): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "values");
    const table = readTable(values, label);
    const columns = tableColumns(table);
    // A single row of several cells is one series (one area per cell), as in RANK; a column per indicator otherwise.
    const asRow = columns.length > 1 && table.height === 1;
    const series = asRow ? [readVector(values, label).values] : columns;
    const m = readMethod(method, argumentLabel(ID, "method"), "z");
    const d = readNumberVector(direction, argumentLabel(ID, "direction"));
    if (series.length === 0) {
      throw new EngineError("TOO_FEW_ROWS", "no values to normalise", { parameter: "values", expected: 2, actual: 0 });
    }
    const goalposts = readReference(reference, argumentLabel(ID, "reference"), series.length);
    const normalised = normalizeColumnsInPlace(series, m ? parseChoice(NORMALIZE_METHOD, m) : "z", d, goalposts);
    const missing = () => excelError(NA, inputMessages().missingValue(label));
    if (asRow) return [Array.from(normalised[0], (v) => (Number.isFinite(v) ? v : missing()))];
    // Rows left out as trailing blanks come back blank, so the spill has the input's shape.
    return toRows(normalised, missing, table.height);
  });
}
