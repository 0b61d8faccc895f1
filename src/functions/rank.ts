import { groupIds, rankAreasInPlace } from "../engine";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { alignGroups, readGroups, readOptionalNumber, readAreaVector, shapeVector } from "./vectorInputs";

const ID = "RANK";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => (p === "directions" ? "direction" : (p ?? "values"));

/**
 * Rank of each area, 1 = most deprived (highest value for direction 1), ties sharing the lowest rank; within each group when groups are given.
 * @customfunction RANK
 * @helpurl https://localhost:3000/docs/functions.html#rank
 * @param values One value per area (a column or a row). Blank cells are missing values.
 * @param [groups] One group code per area (e.g. a gemeente code) to rank within each group. Blank = no group.
 * @param [direction] 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @returns One rank per area.
 */
export function rank(values: any[][], groups?: any[][], direction?: number): any[][] {
  return guarded(ID, parameterOf, () => {
    const vector = readAreaVector(values, argumentLabel(ID, "values"));
    const codes = alignGroups(readGroups(groups, argumentLabel(ID, "groups")), vector);
    const dir = readOptionalNumber(direction, argumentLabel(ID, "direction"));
    const grouping = codes ? groupIds(codes) : null;
    const { ranks } = rankAreasInPlace(vector.values, {
      direction: dir,
      groups: grouping?.ids,
      groupCount: grouping?.count,
    });
    const label = argumentLabel(ID, "values");
    return shapeVector(
      ranks.length,
      vector.orientation,
      (i) => {
        if (grouping && grouping.ids[i] < 0) return ""; // outside every group: no local rank
        const r = ranks[i];
        return r === r ? r : excelError(NA, inputMessages().missingValue(label));
      },
      vector.height,
    );
  });
}
