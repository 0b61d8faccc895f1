import { countPresent, sumOf } from "./columns";
import { DEFAULT_QUANTILES, DEFAULT_UNIVERSAL_SHARE } from "./constants";
import { EngineError } from "./errors";
import { rankDescending } from "./rank";

/**
 * The rules of allocation by need ("ongelijk investeren", docs/method.md §8). Each
 * rule gives every area a base share b_i (Σ b = 1):
 *
 * | rule        | b_i ∝ |
 * |-------------|-------|
 * | perhead     | p_i |
 * | need        | s_i |
 * | popneed     | p_i s_i (the default) |
 * | universal   | α p_i/Σp + (1 − α) p_i s_i/Σps (proportionate universalism, α = universal share) |
 * | tiers       | p_i t(q_i), q_i the area's need group (t has one weight per group, most deprived first) |
 * | threshold   | p_i when the area's need decile ≤ k, else 0 |
 */
export type AllocationRule = "perhead" | "need" | "popneed" | "universal" | "tiers" | "threshold";

export const ALLOCATION_RULES: readonly AllocationRule[] = [
  "perhead",
  "need",
  "popneed",
  "universal",
  "tiers",
  "threshold",
];

/** The parameter each rule may take; the others ignore it. */
export interface RuleParameters {
  /** α of "universal", 0 … 1; default 0.5. */
  universalShare?: number | null;
  /** Weights of "tiers", one per need group, most deprived first (10 weights = deciles, 5 = quintiles). */
  tierWeights?: ArrayLike<number> | null;
  /** k of "threshold": areas in need deciles 1 … k receive; default 1. */
  thresholdDecile?: number | null;
}

/** A rule's unnormalised shares, and the input to name when they are all 0. */
export interface RuleShares {
  readonly values: Float64Array;
  /** The option whose values made every share 0 ("need", "population" or the rule's parameter). */
  readonly zeroParameter: string;
}

/**
 * Refuses a rule the engine does not know (a TypeScript caller passing any
 * string); spellings users type are read by the adapters.
 * @throws {EngineError} METHOD_UNKNOWN
 */
export function checkAllocationRule(rule: AllocationRule): void {
  if (!ALLOCATION_RULES.includes(rule)) {
    throw new EngineError("METHOD_UNKNOWN", `unknown rule "${String(rule)}"`, {
      parameter: "rule",
      value: String(rule),
      expected: ALLOCATION_RULES.join(", "),
    });
  }
}

/** True when the rule uses the need values themselves, not only their order. */
export function usesNeedValues(rule: AllocationRule): boolean {
  return rule === "need" || rule === "popneed" || rule === "universal";
}

/**
 * Need group per area: ceil(q · rank / N) of need, descending (1 = most need);
 * NaN where need is missing.
 * @example needGroups([30, 10, 20], 3) // Float64Array [1, 3, 2]
 */
export function needGroups(need: ArrayLike<number>, quantiles: number): Float64Array {
  const ranks = rankDescending(need);
  const n = countPresent(need);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    ranks[i] = r === r ? Math.ceil((quantiles * r) / n) : NaN;
  }
  return ranks;
}

/**
 * The unnormalised shares of `rule` per area (the caller divides by their sum).
 * @example ruleShares("popneed", [2, 1], Float64Array.of(10, 30), {}).values // Float64Array [20, 30]
 * @throws {EngineError} PARAMETER_INVALID (α, k, more than 1000 tiers), WEIGHT_INVALID / WEIGHT_ZERO (tier weights)
 */
export function ruleShares(
  rule: AllocationRule,
  need: ArrayLike<number>,
  population: Float64Array,
  parameters: RuleParameters,
): RuleShares {
  const n = population.length;
  const values = new Float64Array(n);
  switch (rule) {
    case "perhead":
      values.set(population);
      return { values, zeroParameter: "population" };
    case "need":
      for (let i = 0; i < n; i++) values[i] = need[i];
      return { values, zeroParameter: "need" };
    case "popneed":
      for (let i = 0; i < n; i++) values[i] = population[i] * need[i];
      return { values, zeroParameter: "need" };
    case "universal": {
      const alpha = parameters.universalShare ?? DEFAULT_UNIVERSAL_SHARE;
      if (!(alpha >= 0 && alpha <= 1)) invalid("universalShare", alpha, "0 … 1");
      const perHead = sumOf(population);
      let weightedNeed = 0;
      for (let i = 0; i < n; i++) weightedNeed += population[i] * need[i];
      if (perHead === 0) return { values, zeroParameter: "population" };
      if (weightedNeed === 0 && alpha < 1) return { values, zeroParameter: "need" };
      for (let i = 0; i < n; i++) {
        const needPart = alpha < 1 ? ((1 - alpha) * population[i] * need[i]) / weightedNeed : 0;
        values[i] = (alpha * population[i]) / perHead + needPart;
      }
      return { values, zeroParameter: "need" };
    }
    case "tiers": {
      const tiers = checkTierWeights(parameters.tierWeights);
      const groups = needGroups(need, tiers.length);
      for (let i = 0; i < n; i++) values[i] = population[i] * tiers[groups[i] - 1];
      return { values, zeroParameter: "tierWeights" };
    }
    case "threshold": {
      const k = parameters.thresholdDecile ?? 1;
      if (!Number.isInteger(k) || k < 1 || k > DEFAULT_QUANTILES) {
        invalid("thresholdDecile", k, `1 … ${DEFAULT_QUANTILES}`);
      }
      const deciles = needGroups(need, DEFAULT_QUANTILES);
      for (let i = 0; i < n; i++) values[i] = deciles[i] <= k ? population[i] : 0;
      return { values, zeroParameter: "population" };
    }
  }
}

/** The tier weights: at most 1000, each a number ≥ 0, at least one above 0. */
function checkTierWeights(tiers: ArrayLike<number> | null | undefined): ArrayLike<number> {
  if (tiers && tiers.length > 1000) invalid("tierWeights", tiers.length, "1 … 1000");
  for (let t = 0; tiers && t < tiers.length; t++) {
    const w = tiers[t];
    if (!(w >= 0) || w === Infinity) {
      throw new EngineError("WEIGHT_INVALID", `tier weight ${t + 1} must be a number ≥ 0`, {
        parameter: "tierWeights",
        column: t,
        value: String(w),
      });
    }
  }
  if (!tiers || tiers.length === 0 || sumOf(tiers) === 0) {
    throw new EngineError("WEIGHT_ZERO", "tiers needs a weight above 0 for at least one need group", {
      parameter: "tierWeights",
    });
  }
  return tiers;
}

function invalid(parameter: string, value: number | string, expected: string): never {
  throw new EngineError("PARAMETER_INVALID", `${parameter} must be ${expected}, got ${value}`, {
    parameter,
    value,
    expected,
  });
}
