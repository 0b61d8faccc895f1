import { groupIds, imputeByGroup, rowsWithValues } from "../engine";
import { EngineError } from "../engine/errors";
import { InputError, argumentLabel, guarded, inputMessages } from "./errors";
import { readColumns } from "./inputs";
import { readGroups, readOptionalNumber, readVector } from "./vectorInputs";

const ID = "IMPUTE";
const VALUE = "#VALUE!" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => p ?? "values";

/**
 * The values with each blank filled by the population-weighted mean of the same group's areas that have a value (a buurt without a figure gets its wijk's level). An explicit choice: the other functions never fill blanks.
 * @customfunction IMPUTE
 * @helpurl https://localhost:3000/docs/functions.html#impute
 * @param values One row per area; one column, or several filled column by column. Blank cells are the ones filled.
 * @param groups One larger-area code per area (e.g. the wijk code). Blank = no group: its blanks stay blank.
 * @param [population] Inhabitants per area, to weight the group means. Default: every area counts as 1.
 * @param [min_values] Number of the columns an area must have a value in itself before its blanks are filled (1: an area without any figure, such as a park, stays blank). Default 0: every blank is filled.
 * @returns The values in the same shape; a blank stays empty where its group has no value.
 */
export function impute(values: any[][], groups: any[][], population?: any[][], min_values?: any): any[][] {
  return guarded(ID, parameterOf, () => {
    const columns = readColumns(values, argumentLabel(ID, "values"));
    const rows = columns.length ? columns[0].length : 0;
    if (rows === 0) imputeByGroup([], new Int32Array(0), 0); // refuses: no areas
    const groupsLabel = argumentLabel(ID, "groups");
    const codes = readGroups(groups, groupsLabel) ?? [];
    if (codes.length !== rows)
      throw new InputError(VALUE, inputMessages().sizeMismatch(groupsLabel, rows, codes.length));
    const populationLabel = argumentLabel(ID, "population");
    const people = population == null ? null : readVector(population, populationLabel).values;
    if (people && people.length !== rows) {
      throw new InputError(VALUE, inputMessages().sizeMismatch(populationLabel, rows, people.length));
    }
    const minimum = readOptionalNumber(min_values, argumentLabel(ID, "min_values"));
    const fillable = minimum === null ? null : rowsWithValues(columns, minimum);
    const grouping = groupIds(codes);
    const filled = columns.map((column) => {
      try {
        return imputeByGroup(column, grouping.ids, grouping.count, people, fillable).values;
      } catch (error) {
        // A blank population of an area whose value is used: say so in the function's words.
        if (error instanceof EngineError && error.details.parameter === "population" && error.details.value === "") {
          throw new InputError(VALUE, inputMessages().missingPopulation(populationLabel, error.details.row ?? 0));
        }
        throw error;
      }
    });
    const out: (number | string)[][] = new Array(rows);
    for (let r = 0; r < rows; r++) out[r] = filled.map((column) => (Number.isFinite(column[r]) ? column[r] : ""));
    return out;
  });
}
