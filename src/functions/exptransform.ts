import { expTransformValues } from "../engine";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readOptionalNumber, readAreaVector, shapeVector } from "./vectorInputs";

const ID = "EXPTRANSFORM";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => (p === "directions" ? "direction" : (p ?? "values"));

/**
 * IoD exponential transformation of the values' ranks: 100 for the most deprived area, close to 0 for the least.
 * @customfunction EXPTRANSFORM
 * @helpurl https://localhost:3000/docs/functions.html#exptransform
 * @param values One value per area (a column or a row), e.g. a domain score. Blank cells are missing values.
 * @param [direction] 1 = higher is more deprived (default), -1 = higher is less deprived (e.g. published ranks, where 1 is most deprived).
 * @returns One transformed score (0-100) per area.
 */
export function exptransform(values: any[][], direction?: number): any[][] {
  return guarded(ID, parameterOf, () => {
    const vector = readAreaVector(values, argumentLabel(ID, "values"));
    const dir = readOptionalNumber(direction, argumentLabel(ID, "direction"));
    const result = expTransformValues(vector.values, dir);
    const label = argumentLabel(ID, "values");
    return shapeVector(
      result.length,
      vector.orientation,
      (i) => {
        const x = result[i];
        return x === x ? x : excelError(NA, inputMessages().missingValue(label));
      },
      vector.height,
    );
  });
}
