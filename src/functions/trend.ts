import { trendByQuantile } from "../engine";
import { functionStrings } from "../i18n/functions";
import { InputError, argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readOptionalNumber, readVector } from "./vectorInputs";

const ID = "TREND";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const NUM = "#NUM!" as CustomFunctions.ErrorCode;
const parameterOf = (p: string | undefined) => (p === "directions" ? "direction" : (p ?? "earlier"));

/**
 * Change between two editions by starting group ("two speeds"): per quantile group of the earlier values, the areas, mean earlier, mean later and mean change.
 * @customfunction TREND
 * @helpurl https://localhost:3000/docs/functions.html#trend
 * @param earlier One value per area in the earlier edition (e.g. the 2019 score). Blank cells are missing values.
 * @param later One value per area in the later edition, in the same order.
 * @param [quantiles] Number of starting groups: 10 (default) for deciles, 5 for quintiles.
 * @param [direction] 1 = higher is more deprived (default, scores), -1 = higher is less deprived (e.g. ranks).
 * @returns A header row, one row per group (group 1 = most deprived at the start), and a closing note that rank changes are relative.
 */
export function trend(earlier: any[][], later: any[][], quantiles?: number, direction?: number): any[][] {
  return guarded(ID, parameterOf, () => {
    const a = readVector(earlier, argumentLabel(ID, "earlier")).values;
    const b = readVector(later, argumentLabel(ID, "later")).values;
    if (a.length !== b.length) {
      throw new InputError(NA, inputMessages().sizeMismatch(argumentLabel(ID, "later"), a.length, b.length));
    }
    const q = readOptionalNumber(quantiles, argumentLabel(ID, "quantiles"));
    const dir = readOptionalNumber(direction, argumentLabel(ID, "direction"));
    const result = trendByQuantile(a, b, { quantiles: q ?? undefined, direction: dir ?? undefined });
    const text = functionStrings().trend;
    const rows: any[][] = [text.header.slice()];
    for (const g of result.groups) {
      // An empty group has no mean: blank, not 0. Means beyond double precision are Excel's overflow, #NUM!.
      const mean = (v: number) => (g.areas === 0 ? "" : Number.isFinite(v) ? v : excelError(NUM, ""));
      rows.push([g.group, g.areas, mean(g.meanEarlier), mean(g.meanLater), mean(g.meanChange)]);
    }
    const note = text.note + (result.excluded > 0 ? text.excluded(result.excluded) : "");
    rows.push([note, "", "", "", ""]);
    return rows;
  });
}
