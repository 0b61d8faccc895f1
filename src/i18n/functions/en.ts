import { NUMBER_LOCALE } from "../locale";

/** A share 0–1 as a percentage with at most one decimal, in the language's number conventions. */
export function percent(share: number, locale: string): string {
  return `${(share * 100).toLocaleString(locale, { maximumFractionDigits: 1 })}%`;
}

const pct = (share: number) => percent(share, NUMBER_LOCALE.en);

/**
 * The worksheet functions' own words in English: the refusals the adapters
 * raise while reading Excel's arguments, and the labels of the tables some
 * functions spill. The Dutch module (nl.ts) has the same keys; the functions'
 * Dutch names and descriptions live with their metadata (src/functions/nl).
 */
export const en = {
  inputs: {
    notNumber: (argument: string, row: number, column: number, value: string) =>
      `${argument}: cell in row ${row + 1}, column ${column + 1} holds "${value}", not a number; enter a number or leave it blank.`,
    notText: (argument: string) => `${argument}: expected a text such as "exp".`,
    notSingle: (argument: string) => `${argument}: expected a single value, not a range.`,
    vectorShape: (argument: string) => `${argument}: expected one row or one column.`,
    referenceColumns: (argument: string, expected: number, actual: number) =>
      `${argument}: give the base period's values in the same ${expected} column(s) as the data, got ${actual}.`,
    allBlank: (argument: string) =>
      `${argument}: every cell of the range is blank; fill in one value per column, or leave the argument out for the default.`,
    ragged: (argument: string) => `${argument}: rows of different lengths; select a rectangular range.`,
    missingArea: (argument: string, column: number) =>
      `${argument}: this area has no value in column ${column + 1}, so it gets no score (a missing value is never counted as 0).`,
    expectedNumber: (argument: string) => `${argument}: expected a single number, or leave it empty for the default.`,
    expectedFlag: (argument: string) => `${argument}: expected TRUE or FALSE.`,
    expectedMethod: (argument: string, example: string) => `${argument}: expected a method name such as "${example}".`,
    sizeMismatch: (argument: string, expected: number, actual: number) =>
      `${argument}: has ${actual} cells where the first range has ${expected}; select two ranges of the same size.`,
    groupCode: (argument: string, row: number, value: string) =>
      `${argument}: row ${row + 1} holds ${value}; a group code is a text or a number (leave it blank for no group).`,
    missingValue: (argument: string) =>
      `${argument}: this area has no value, so it gets no result (a missing value is never counted as 0).`,
    tooFewPairs: (what: string, minimum: number) => `${what}: needs at least ${minimum} complete pairs.`,
    incompleteGroup: (argument: string, row: number) =>
      `${argument}: row ${row + 1} of this group has no value, so the group gets no summary (a missing value is never counted as 0).`,
    groupWithoutPopulation:
      "The scored areas of this group have a population of 0 in total; averages weighted by population need inhabitants.",
    groupWithoutScores:
      "No area of this group has a score, so the group gets no summary (a missing value is never counted as 0).",
    belowCoverage: (argument: string, present: number, needed: number, column: number, threshold: string) =>
      `${argument}: this area has ${pct(present)} of the weight (no value in column ${column + 1}, among others); ${threshold} asks for ${pct(needed)}, so it gets no score (a missing value is never counted as 0).`,
    missingPopulation: (argument: string, row: number) =>
      `${argument}: row ${row + 1} is blank; the areas whose values fill a group's blanks need a number of inhabitants.`,
    internal: (message: string) => `Unexpected error in MDI: ${message}. Your data is unchanged.`,
  },
  /** Row labels of =MDI.CORREL's detail spill. */
  correl: {
    pearson: "Pearson r",
    spearman: "Spearman ρ",
    kendall: "Kendall τ-b",
    p: "p (two-sided)",
    n: "n (pairs)",
    low: "95% CI low",
    high: "95% CI high",
    strength: "strength",
  },
  /** Header cell of domain d (0-based) in =MDI.CONTRIB's spill. */
  contribHeader: (d: number) => `domain ${d + 1}`,
  summaryHeader: [
    "group",
    "areas",
    "population",
    "average score",
    "average rank",
    "proportion in most deprived 10%",
    "extent",
    "local concentration",
    "coverage",
  ],
  sensitivityHeader: ["nominal rank", "median rank", "5th percentile rank", "95th percentile rank"],
  trend: {
    header: ["group (earlier)", "areas", "mean earlier", "mean later", "mean change"],
    note: "Note: ranks are relative; a change says an area moved against the other areas, not that it became better or worse in absolute terms.",
    excluded: (count: number) => ` ${count} areas without both values were left out.`,
  },
};

export type FunctionStrings = typeof en;
