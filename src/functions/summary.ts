import { type LargerAreaSummary, groupIds, summarizeLargerAreas } from "../engine";
import { functionStrings } from "../i18n/functions";
import { argumentLabel, excelError, guarded, inputMessages } from "./errors";
import { readGroups, readVector } from "./vectorInputs";

const ID = "SUMMARY";
const NA = "#N/A" as CustomFunctions.ErrorCode;
const NUM = "#NUM!" as CustomFunctions.ErrorCode;

/** A result beyond double precision (sums of values near 1e308) is Excel's overflow error, #NUM!. */
const finite = (v: number) => (Number.isFinite(v) ? v : excelError(NUM, ""));
const parameterOf = (p: string | undefined) => p ?? "scores";

/**
 * Summary per larger area (e.g. gemeente) of its small areas: average score and rank, proportion in the most deprived 10 %, extent and local concentration (IoD Appendix N).
 * @customfunction SUMMARY
 * @helpurl https://localhost:3000/docs/functions.html#summary
 * @param scores One score per small area (higher = more deprived), e.g. =MDI.SCORE(...).
 * @param groups One larger-area code per small area (e.g. the gemeente code). Blank = in no group, but still ranked nationally.
 * @param [population] Inhabitants per small area, to weight the averages. Default: every area counts as 1.
 * @param [ranks] National rank per small area (1 = most deprived). Default: ranks of the scores.
 * @returns A table with a header row and one row per group: group, areas, population, average score, average rank, proportion in the most deprived 10 %, extent, local concentration (over the areas with a score), coverage.
 */
export function summary(scores: any[][], groups: any[][], population?: any[][], ranks?: any[][]): any[][] {
  return guarded(ID, parameterOf, () => {
    const values = readVector(scores, argumentLabel(ID, "scores")).values;
    const codes = readGroups(groups, argumentLabel(ID, "groups")) ?? [];
    const people = population == null ? null : readVector(population, argumentLabel(ID, "population")).values;
    const given = ranks == null ? null : readVector(ranks, argumentLabel(ID, "ranks")).values;
    const grouping = groupIds(codes);
    const { groups: summaries } = summarizeLargerAreas(values, grouping.ids, grouping.count, {
      population: people,
      ranks: given,
    });
    const rows: any[][] = [functionStrings().summaryHeader.slice()];
    summaries.forEach((s, g) => rows.push([grouping.codes[g], s.areas, ...measures(s)]));
    return rows;
  });
}

/**
 * The measure cells of a group and its coverage: numbers, or #N/A saying why the group has none (the coverage
 * of a group without any scored area is 0, a number).
 */
function measures(s: LargerAreaSummary): (number | CustomFunctions.Error)[] {
  const problem = s.problem;
  if (!problem) {
    const values = [s.population, s.averageScore, s.averageRank, s.proportionMostDeprived, s.extent];
    return [...values, s.localConcentration, s.coverage].map(finite);
  }
  const messages = inputMessages();
  const message =
    problem.kind === "missing"
      ? messages.incompleteGroup(argumentLabel(ID, problem.parameter), problem.row)
      : problem.kind === "noScores"
        ? messages.groupWithoutScores
        : messages.groupWithoutPopulation;
  const error = excelError(NA, message);
  const population = Number.isFinite(s.population) ? s.population : error;
  const coverage = Number.isFinite(s.coverage) ? s.coverage : error;
  return [population, error, error, error, error, error, coverage];
}
