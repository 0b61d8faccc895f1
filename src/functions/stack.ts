import { stackDeprivation } from "../engine";
import { readMinCoverage, unscoredError, withMinCoverage } from "./coverageInputs";
import { argumentLabel, guarded } from "./errors";
import { readColumns, readNumberVector, toColumn, usedRows } from "./inputs";
import { readOptionalNumber } from "./vectorInputs";

const ID = "STACK";
const parameterOf = withMinCoverage((p) => p ?? "domains");

/**
 * Stacking of deprivation: per area, the number of domains in which it is among the most deprived k deciles (default 1).
 * @customfunction STACK
 * @helpurl https://localhost:3000/docs/functions.html#stack
 * @param domains One row per area, one column per domain. Blank cells are missing values.
 * @param [k] Count a domain when the area is in deciles 1 to k of that domain (default 1: the most deprived 10 %).
 * @param [directions] One direction per domain: 1 = higher is more deprived (default), -1 = higher is less deprived.
 * @param [min_coverage] Share of the domains (above 0, at most 1) an area needs; it is then counted over the domains it has (a lower bound). Default 1: every domain.
 * @returns One count per area, from 0 to the number of domains.
 */
export function stack(domains: any[][], k?: number, directions?: any[][], min_coverage?: any): any[][] {
  return guarded(ID, parameterOf, () => {
    const label = argumentLabel(ID, "domains");
    const { columns, height } = usedRows(readColumns(domains, label));
    const deciles = readOptionalNumber(k, argumentLabel(ID, "k"));
    const d = readNumberVector(directions, argumentLabel(ID, "directions"));
    const c = readMinCoverage(min_coverage, ID);
    const result = stackDeprivation(columns, { k: deciles ?? undefined, directions: d, minCoverage: c });
    return toColumn(result.counts, (row) => unscoredError(ID, label, result, c, row), height);
  });
}
