import type { EngineErrorCode, EngineErrorDetails } from "../../engine/errors";
import type { CorrelationStrength } from "../../engine/strength";
import { type InfeasibleTexts, infeasibleText, ordinal, rowAndColumn } from "./details";

/**
 * The engine's codes in English words: what each refusal says (naming the
 * argument as the user sees it, and what to change), and the strength of a
 * correlation. The Dutch module (nl.ts) has the same keys.
 */

/** A refusal's text: `argument` is the name the user sees (a function argument, a field, a column). */
export type Refusal = (argument: string, d: EngineErrorDetails) => string;

const where = (d: EngineErrorDetails) => rowAndColumn(d, "row", "column");

const infeasible: InfeasibleTexts = {
  inRow: (row) => ` in row ${row + 1}`,
  capBelowFloor: (argument, at, cap, floor) =>
    `${argument}:${at} the cap (${cap}) is below the floor (${floor}); make the cap at least the floor.`,
  floorsAboveBudget: (argument, floors, gap, budget) =>
    `${argument}: the floors add up to ${floors}, ${gap} more than the budget (${budget}); lower the floors or raise the budget.`,
  capsBelowBudget: (argument, reach, gap, budget) =>
    `${argument}: within the caps at most ${reach} can be allocated, ${gap} less than the budget (${budget}); raise the caps or lower the budget.`,
  ruleGivesZero: (argument, budget) =>
    `${argument}: under this rule every area gets 0 (all values are 0), so the budget (${budget}) cannot be shared; give at least one area a value above 0.`,
};

export const en = {
  refusals: {
    TOO_FEW_ROWS: (argument, d) =>
      `${argument}: needs at least ${d.expected ?? 2} rows (one per area), got ${d.actual ?? 0}.`,
    WEIGHT_COUNT: (argument, d) => `${argument}: give one weight per column (${d.expected}), got ${d.actual}.`,
    WEIGHT_INVALID: (argument, d) =>
      `${argument}: weight${ordinal(d.column)} is "${d.value}"; weights must be numbers ≥ 0.`,
    WEIGHT_ZERO: (argument) => `${argument}: all weights are 0; give at least one weight above 0.`,
    DIRECTION_COUNT: (argument, d) => `${argument}: give one direction per column (${d.expected}), got ${d.actual}.`,
    DIRECTION_INVALID: (argument, d) =>
      `${argument}: direction${ordinal(d.column)} is "${d.value}"; use 1 (higher = more deprived) or -1 (higher = less deprived).`,
    METHOD_UNKNOWN: (argument, d) => `${argument}: unknown method "${d.value}"; use one of ${d.expected}.`,
    NOT_POSITIVE: (argument, d) =>
      `${argument}: a geometric mean needs values above 0, found ${d.value}${where(d)}; rescale first or use another method.`,
    ZERO_VARIANCE: (argument, d) =>
      `${argument}: all values${where(d)} are equal, so there is no spread to normalise by; remove that column.`,
    LENGTH_MISMATCH: (argument, d) =>
      `${argument}: expected ${d.expected} values, got ${d.actual}; make the ranges the same size.`,
    PARAMETER_INVALID: (argument, d) =>
      d.value === "" && d.row !== undefined
        ? `${argument}: row ${d.row + 1} is blank; every area needs a number here (a missing value is never counted as 0).`
        : `${argument}: "${d.value}"${where(d)} is not allowed${d.expected ? `; expected ${d.expected}` : ""}.`,
    TOO_FEW_VALUES: (argument, d) => `${argument}: needs at least ${d.expected} values${where(d)}, got ${d.actual}.`,
    NUMBER_INVALID: (argument, d) => `${argument}: ${d.value}${where(d)} is not a usable number.`,
    INFEASIBLE: (argument, d) => infeasibleText(argument, d, infeasible, "en"),
  } satisfies Record<EngineErrorCode, Refusal>,
  infeasible,
  /** Cohen's words for the size of a correlation. */
  strength: {
    negligible: "negligible",
    weak: "weak",
    moderate: "moderate",
    strong: "strong",
  } satisfies Record<CorrelationStrength, string>,
};

export type EngineStrings = typeof en;
