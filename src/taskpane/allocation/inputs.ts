import { DEFAULT_QUANTILES, DEFAULT_UNIVERSAL_SHARE } from "../../engine/constants";
import { MAX_BUDGET, type AllocationRule } from "../../engine/allocate";
import type { Language } from "../../i18n/language";
import { formatNumber, parseNonNegative } from "../model/numbers";

/**
 * The inputs of the "ongelijk investeren" panel as the user typed them, and
 * their validation: every field either yields a number the engine accepts or
 * names what is wrong with it, so a Field can explain it before anything is
 * computed.
 */

/** The need column "MDI score": read from the MDI sheet, not from the data. */
export const NEED_MDI = "\u0000mdi";

/** What to do with the areas without a need value: leave them out (€ 0) or give them their group's average need. */
export type UnscoredChoice = "leaveOut" | "groupAverage";

/** How a floor or cap is given: not at all, one amount for every area, or one per area from a column. */
export type BoundMode = "none" | "amount" | "column";

export interface BoundInput {
  readonly mode: BoundMode;
  /** The amount as typed (mode "amount"). */
  readonly amount: string;
  /** A numeric column of the data (mode "column"). */
  readonly column: string | null;
}

export interface AllocationInputs {
  /** Whole euros, as typed ("1.000.000", "250000"). */
  readonly budget: string;
  /** NEED_MDI or the name of a numeric column of the data. */
  readonly need: string;
  /** Column with the inhabitants per area. */
  readonly population: string | null;
  readonly rule: AllocationRule;
  /** Universal share α of proportionate universalism, 0 … 1. */
  readonly alpha: number;
  /** One weight per decile, most deprived first, as typed. */
  readonly tiers: readonly string[];
  /** k of the threshold rule, as typed: deciles 1 … k receive. */
  readonly threshold: string;
  readonly floor: BoundInput;
  readonly cap: BoundInput;
  /** The rule shown side by side with `rule`; null = no comparison. */
  readonly compareWith: AllocationRule | null;
  /**
   * What happens to areas with inhabitants but no need value; null = not chosen yet (the panel asks, and
   * shares nothing out until the user has chosen: never a silent € 0).
   */
  readonly unscored: UnscoredChoice | null;
}

/** Tier weights offered first: the two most deprived deciles twice, the next two one and a half times. */
const DEFAULT_TIERS = [2, 2, 1.5, 1.5, 1, 1, 1, 1, 1, 1];

/** Budget offered first: one million euros. */
export const DEFAULT_BUDGET = 1_000_000;

/** The inputs offered when the panel opens. */
export function defaultInputs(population: string | null, language: Language): AllocationInputs {
  const none: BoundInput = { mode: "none", amount: "", column: null };
  return {
    budget: String(DEFAULT_BUDGET),
    need: NEED_MDI,
    population,
    rule: "popneed",
    alpha: DEFAULT_UNIVERSAL_SHARE,
    tiers: DEFAULT_TIERS.map((w) => formatNumber(w, language, 3)),
    threshold: "2",
    floor: none,
    cap: none,
    compareWith: null,
    unscored: null,
  };
}

/** What is wrong with a typed amount. */
export type AmountProblem = "text" | "negative" | "whole" | "tooLarge" | "zero";

export interface ParsedAmount {
  readonly value: number;
  readonly problem: AmountProblem | null;
}

/** "1.000.000", "1,000,000" or "1 000 000": digits in groups of three. */
const GROUPED = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/**
 * Reads an amount in euros: a number with a decimal comma or point, or whole
 * euros written in groups of three ("1.000.000" is a million in either
 * language: an amount of one euro is not written with three decimals). A
 * leading € and spaces are ignored.
 *
 * @example parseEuros("1.000.000") // { value: 1000000, problem: null }
 * @example parseEuros("2,5") // { value: 2.5, problem: null }
 * @example parseEuros("veel") // { value: NaN, problem: "text" }
 */
export function parseEuros(text: string): ParsedAmount {
  const compact = text.replace(/[\s\u00a0€]/g, "");
  if (GROUPED.test(compact)) return { value: Number(compact.replace(/[.,]/g, "")), problem: null };
  const parsed = parseNonNegative(compact);
  if (parsed.problem) return { value: parsed.value, problem: parsed.problem };
  return { value: parsed.value, problem: parsed.value > MAX_BUDGET ? "tooLarge" : null };
}

/**
 * The budget: whole euros above 0 and at most 2^53 − 1 (the largest whole number a double holds exactly, so the
 * amounts still add up to it).
 * @example parseBudget("250000") // { value: 250000, problem: null }
 * @example parseBudget("100,50") // { value: 100.5, problem: "whole" }
 */
export function parseBudget(text: string): ParsedAmount {
  const parsed = parseEuros(text);
  if (parsed.problem) return parsed;
  if (!Number.isInteger(parsed.value)) return { value: parsed.value, problem: "whole" };
  if (parsed.value === 0) return { value: 0, problem: "zero" };
  return parsed;
}

/** What is wrong with the tier weights as a whole, or with one of them. */
export interface TierProblems {
  /** Per decile: the problem of its weight, or null. */
  readonly weights: ReadonlyArray<"text" | "negative" | null>;
  /** All weights are 0 (nobody would receive anything). */
  readonly allZero: boolean;
}

export function parseTiers(texts: readonly string[]): { values: number[]; problems: TierProblems } {
  const parsed = texts.map((t) => parseNonNegative(t));
  const values = parsed.map((p) => p.value);
  const weights = parsed.map((p) => p.problem);
  const allZero = weights.every((p) => p === null) && values.every((v) => v === 0);
  return { values, problems: { weights, allZero } };
}

/**
 * k of the threshold rule: a whole number of deciles 1 … 10.
 * @example parseThreshold("3") // 3
 * @example parseThreshold("11") // NaN
 */
export function parseThreshold(text: string): number {
  const k = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(k) && k >= 1 && k <= DEFAULT_QUANTILES ? k : NaN;
}

/** A floor or cap the engine takes: none, one amount, or the name of the column holding one per area. */
export type Bound =
  null | { readonly kind: "amount"; readonly value: number } | { readonly kind: "column"; readonly column: string };

/** Everything the engine needs, read from valid inputs. */
export interface AllocationSettings {
  readonly budget: number;
  readonly need: string;
  readonly population: string;
  readonly rule: AllocationRule;
  readonly alpha: number;
  readonly tiers: readonly number[];
  readonly threshold: number;
  readonly floor: Bound;
  readonly cap: Bound;
}

/** The problem of each field that has one; an empty object means the inputs are valid. */
export interface InputProblems {
  budget?: AmountProblem;
  population?: "missing";
  tiers?: TierProblems;
  threshold?: "range";
  floor?: AmountProblem | "noColumn";
  cap?: AmountProblem | "noColumn";
}

function readBound(input: BoundInput): { bound: Bound; problem?: AmountProblem | "noColumn" } {
  if (input.mode === "none") return { bound: null };
  if (input.mode === "column") {
    return input.column ? { bound: { kind: "column", column: input.column } } : { bound: null, problem: "noColumn" };
  }
  const parsed = parseEuros(input.amount);
  return parsed.problem ? { bound: null, problem: parsed.problem } : { bound: { kind: "amount", value: parsed.value } };
}

/**
 * Validates the inputs of `rule` (the parameters of other rules are not looked at).
 * @returns the settings when every field is valid, and the problems per field
 */
export function readInputs(
  inputs: AllocationInputs,
  rule: AllocationRule = inputs.rule,
): { settings: AllocationSettings | null; problems: InputProblems } {
  const problems: InputProblems = {};
  const budget = parseBudget(inputs.budget);
  if (budget.problem) problems.budget = budget.problem;
  if (!inputs.population) problems.population = "missing";
  const tiers = parseTiers(inputs.tiers);
  if (rule === "tiers" && (tiers.problems.allZero || tiers.problems.weights.some((p) => p !== null))) {
    problems.tiers = tiers.problems;
  }
  const threshold = parseThreshold(inputs.threshold);
  if (rule === "threshold" && Number.isNaN(threshold)) problems.threshold = "range";
  const floor = readBound(inputs.floor);
  if (floor.problem) problems.floor = floor.problem;
  const cap = readBound(inputs.cap);
  if (cap.problem) problems.cap = cap.problem;
  if (Object.keys(problems).length > 0) return { settings: null, problems };
  return {
    settings: {
      budget: budget.value,
      need: inputs.need,
      population: inputs.population as string,
      rule,
      alpha: inputs.alpha,
      tiers: tiers.values,
      threshold,
      floor: floor.bound,
      cap: cap.bound,
    },
    problems,
  };
}
