import { groupIds, quantileOfAreasInPlace } from "../engine";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { alignGroups, readGroups, readOptionalNumber, readAreaVector, shapeVector } from "./vectorInputs";

const ID = "DECILE";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => (p === "directions" ? "direction" : (p ?? "values"));

/**
 * Decile of each area, 1 = the most deprived 10 % (ceil(q * rank / N)); within each group when groups are given.
 * @customfunction DECILE
 * @helpurl https://localhost:3000/docs/functions.html#decile
 * @param values One value per area (a column or a row). Blank cells are missing values.
 * @param [groups] One group code per area (e.g. a gemeente code) for deciles within each group. Blank = no group.
 * @param [quantiles] Number of groups: 10 (default) for deciles, 5 for quintiles, 20 for vigintiles.
 * @param [direction] 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @returns One decile (or other quantile group) per area.
 */
export function decile(values: any[][], groups?: any[][], quantiles?: number, direction?: number): any[][] {
  return guarded(ID, parameterOf, () => {
    const vector = readAreaVector(values, argumentLabel(ID, "values"));
    const codes = alignGroups(readGroups(groups, argumentLabel(ID, "groups")), vector);
    const q = readOptionalNumber(quantiles, argumentLabel(ID, "quantiles"));
    const dir = readOptionalNumber(direction, argumentLabel(ID, "direction"));
    const grouping = codes ? groupIds(codes) : null;
    const result = quantileOfAreasInPlace(vector.values, {
      quantiles: q,
      direction: dir,
      groups: grouping?.ids,
      groupCount: grouping?.count,
    });
    const label = argumentLabel(ID, "values");
    return shapeVector(
      result.length,
      vector.orientation,
      (i) => {
        if (grouping && grouping.ids[i] < 0) return ""; // outside every group: no local decile
        const g = result[i];
        return g === g ? g : excelError(NA, inputMessages().missingValue(label));
      },
      vector.height,
    );
  });
}
