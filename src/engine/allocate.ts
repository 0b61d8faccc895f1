import { DEFAULT_QUANTILES } from "./constants";
import { type DecileAllocation, allocationByDecile, shareOfBudget } from "./allocationByDecile";
import {
  type AllocationRule,
  type RuleParameters,
  checkAllocationRule,
  needGroups,
  ruleShares,
  usesNeedValues,
} from "./allocationRules";
import { EngineError } from "./errors";
import { type AllocationBound, solveScale, wholeEuroBounds } from "./floorsAndCaps";
import { MAX_BUDGET, roundLargestRemainder } from "./largestRemainder";

export { ALLOCATION_RULES, type AllocationRule } from "./allocationRules";
export { MAX_BUDGET } from "./largestRemainder";

/**
 * Allocation of a budget by need ("ongelijk investeren", docs/method.md §8): each
 * rule gives every area a base share b_i (see AllocationRule), and
 * a_i = clamp(λ b_i, L_i, U_i) with λ solved so that Σ a = B (without floors
 * and caps λ = B, so a_i = B b_i, the rule's formula). The amounts are then
 * rounded to whole euros by the largest-remainder method, so they still add
 * up to B exactly and stay within the floors and caps.
 */
export interface AllocationOptions extends RuleParameters {
  /** Population per area (≥ 0); default 1 each, so "per head" becomes "per area". */
  population?: ArrayLike<number> | null;
  /** Default "popneed". */
  rule?: AllocationRule;
  /** Lowest amount per area: one number for all, or one per area (NaN = none). Rounded up to whole euros. */
  floor?: AllocationBound;
  /** Highest amount per area: one number for all, or one per area (NaN = none). Rounded down to whole euros. */
  cap?: AllocationBound;
}

/** `Allocation.bound` of an area whose floor binds: the rule alone would give it less. */
export const FLOOR_BINDS = -1;
/** `Allocation.bound` of an area whose cap binds: the rule alone would give it more. */
export const CAP_BINDS = 1;

export interface Allocation {
  readonly budget: number;
  readonly rule: AllocationRule;
  /** Whole euros per area; Σ = budget exactly. */
  readonly amounts: Float64Array;
  /** Before rounding: clamp(λ b_i, L_i, U_i). */
  readonly unrounded: Float64Array;
  /** The rule's share per area before floors and caps (Σ = 1). */
  readonly shares: Float64Array;
  /** λ: without floors and caps it is the budget. */
  readonly scale: number;
  /** Per area: FLOOR_BINDS or CAP_BINDS when that bound binds, else 0. */
  readonly bound: Int8Array;
  readonly floorsBinding: number;
  readonly capsBinding: number;
  /** Need decile per area (1 = most need); NaN where need is missing. */
  readonly deciles: Float64Array;
  /** Deciles 1 … 10 of need: euros, inhabitants, per head, against equal per head. */
  readonly byDecile: readonly DecileAllocation[];
  /** Share of the budget going to the areas in need decile 1 (the most deprived 10 %), and in deciles 1–2. */
  readonly shareMostDeprived10: number;
  readonly shareMostDeprived20: number;
}

/**
 * Allocates `budget` over the areas by `need` with the chosen rule, floors
 * and caps (see AllocationOptions).
 *
 * @param budget whole euros, 0 … MAX_BUDGET
 * @param need per area, higher = more need (e.g. the MDI score); ≥ 0 for the rules need, popneed and
 *   universal; only its order matters for tiers and threshold; not used by perhead (may be blank there)
 * @example allocate(1000, [3, 1, 1], { rule: "need" }).amounts // Float64Array [600, 200, 200]
 * @example allocate(100, [1, 1, 1], { rule: "perhead" }).amounts // Float64Array [34, 33, 33]
 * @throws {EngineError} PARAMETER_INVALID (the budget, α, k, or a blank or negative need, population, floor or
 *   cap), METHOD_UNKNOWN (rule), LENGTH_MISMATCH, TOO_FEW_ROWS, WEIGHT_INVALID / WEIGHT_ZERO (tier weights),
 *   INFEASIBLE (Σ floors > budget, the caps cannot hold the budget, a cap below its floor, or a rule that gives
 *   every area 0 — details say by how much)
 */
export function allocate(budget: number, need: ArrayLike<number>, options: AllocationOptions = {}): Allocation {
  if (!(Number.isInteger(budget) && budget >= 0 && budget <= MAX_BUDGET)) {
    throw new EngineError("PARAMETER_INVALID", "the budget must be a whole number of euros ≥ 0", {
      parameter: "budget",
      value: budget,
      expected: `0, 1, 2, … ${MAX_BUDGET}`,
    });
  }
  const n = need.length;
  if (n === 0) throw new EngineError("TOO_FEW_ROWS", "no areas", { parameter: "need", expected: 1, actual: 0 });
  const rule = options.rule ?? "popneed";
  checkAllocationRule(rule);
  const population = readPopulation(options.population, n);
  checkNeed(need, rule !== "perhead", usesNeedValues(rule));
  const deciles = needGroups(need, DEFAULT_QUANTILES);

  const raw = ruleShares(rule, need, population, options);
  const bounds = wholeEuroBounds(options.floor, options.cap, n);
  const { shares, scale, unrounded } = solveScale(budget, raw, bounds);
  const amounts = roundLargestRemainder(unrounded, budget, bounds.floors, bounds.caps);
  const bound = new Int8Array(n);
  let floorsBinding = 0;
  let capsBinding = 0;
  for (let i = 0; i < n; i++) {
    const wanted = scale * shares[i];
    if (wanted < bounds.floors[i]) {
      bound[i] = FLOOR_BINDS;
      floorsBinding++;
    } else if (wanted > bounds.caps[i]) {
      bound[i] = CAP_BINDS;
      capsBinding++;
    }
  }
  const byDecile = allocationByDecile(amounts, population, deciles, budget);
  return {
    budget,
    rule,
    amounts,
    unrounded,
    shares,
    scale,
    bound,
    floorsBinding,
    capsBinding,
    deciles,
    byDecile,
    shareMostDeprived10: shareOfBudget(byDecile, budget, 1),
    shareMostDeprived20: shareOfBudget(byDecile, budget, 2),
  };
}

function readPopulation(population: ArrayLike<number> | null | undefined, n: number): Float64Array {
  if (population == null) return new Float64Array(n).fill(1);
  if (population.length !== n) {
    throw new EngineError("LENGTH_MISMATCH", "population needs one value per area", {
      parameter: "population",
      expected: n,
      actual: population.length,
    });
  }
  const out = Float64Array.from(population);
  for (let i = 0; i < n; i++) requireUsable(out[i], i, "population");
  return out;
}

function checkNeed(need: ArrayLike<number>, required: boolean, nonNegative: boolean): void {
  for (let i = 0; i < need.length; i++) {
    const s = need[i];
    if (s !== s && !required) continue;
    if (nonNegative) requireUsable(s, i, "need");
    else if (s !== s || s === Infinity || s === -Infinity) requireUsable(s, i, "need");
  }
}

/** A value that must be present, finite and ≥ 0. */
function requireUsable(value: number, row: number, parameter: string): void {
  if (value !== value) {
    throw new EngineError("PARAMETER_INVALID", `${parameter} in row ${row + 1} is blank`, {
      parameter,
      row,
      value: "",
    });
  }
  if (!(value >= 0) || value === Infinity) {
    throw new EngineError("PARAMETER_INVALID", `${parameter} in row ${row + 1} must be a number ≥ 0`, {
      parameter,
      row,
      value,
      expected: "≥ 0",
    });
  }
}
