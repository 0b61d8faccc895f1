import { countPresent } from "./columns";
import { DEFAULT_QUANTILES, DEFAULT_UNIVERSAL_SHARE } from "./constants";
import { EngineError } from "./errors";
import { rankDescending } from "./rank";
import { sortAscending } from "./sortOrder";

/**
 * Allocation of a budget by need ("ongelijk investeren", docs/method.md §8).
 *
 * Each rule gives every area a base share b_i (Σ b = 1):
 *
 * | rule        | b_i ∝ |
 * |-------------|-------|
 * | perhead     | p_i |
 * | need        | s_i |
 * | popneed     | p_i s_i (the default) |
 * | universal   | α p_i/Σp + (1 − α) p_i s_i/Σps (proportionate universalism, α = universal share) |
 * | tiers       | p_i t(q_i), q_i the area's need group (t has one weight per group, most deprived first) |
 * | threshold   | p_i when the area's need decile ≤ k, else 0 |
 *
 * and a_i = clamp(λ b_i, L_i, U_i) with λ solved so that Σ a = B (without
 * floors and caps λ = B, so a_i = B b_i, the rule's formula). The amounts are
 * then rounded to whole euros by the largest-remainder method, so they still
 * add up to B exactly and stay within the floors and caps.
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

/** Largest budget whose whole euros add up exactly in double precision (2^53 − 1). */
export const MAX_BUDGET = Number.MAX_SAFE_INTEGER;

export interface AllocationOptions {
  /** Population per area (≥ 0); default 1 each, so "per head" becomes "per area". */
  population?: ArrayLike<number> | null;
  /** Default "popneed". */
  rule?: AllocationRule;
  /** α of "universal", 0 … 1; default 0.5. */
  universalShare?: number | null;
  /** Weights of "tiers", one per need group, most deprived first (10 weights = deciles, 5 = quintiles). */
  tierWeights?: ArrayLike<number> | null;
  /** k of "threshold": areas in need deciles 1 … k receive; default 1. */
  thresholdDecile?: number | null;
  /** Lowest amount per area: one number for all, or one per area (NaN = none). Rounded up to whole euros. */
  floor?: number | ArrayLike<number> | null;
  /** Highest amount per area: one number for all, or one per area (NaN = none). Rounded down to whole euros. */
  cap?: number | ArrayLike<number> | null;
}

/** `Allocation.bound` of an area whose floor binds: the rule alone would give it less. */
export const FLOOR_BINDS = -1;
/** `Allocation.bound` of an area whose cap binds: the rule alone would give it more. */
export const CAP_BINDS = 1;

export interface DecileAllocation {
  /** Need decile, 1 = the 10 % of areas with the most need. */
  readonly decile: number;
  readonly areas: number;
  readonly population: number;
  /** Whole euros allocated to the decile. */
  readonly amount: number;
  /** amount / population (NaN for a decile without inhabitants). */
  readonly perHead: number;
  /** What the decile would get per head: B · population / Σ population. */
  readonly equalAmount: number;
  /** amount − equalAmount: more (+) or less (−) than equal per head. */
  readonly difference: number;
}

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
 * and caps (see AllocationRule).
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
  if (!ALLOCATION_RULES.includes(rule)) {
    throw new EngineError("METHOD_UNKNOWN", `unknown rule "${String(rule)}"`, {
      parameter: "rule",
      value: String(rule),
      expected: ALLOCATION_RULES.join(", "),
    });
  }
  const population = readPopulation(options.population, n);
  const usesNeedValues = rule === "need" || rule === "popneed" || rule === "universal";
  checkNeed(need, rule !== "perhead", usesNeedValues);
  const deciles = needGroups(need, DEFAULT_QUANTILES);

  const raw = rawShares(rule, need, population, options);
  const floors = readBound(options.floor, n, "floor", 0, Math.ceil);
  const caps = readBound(options.cap, n, "cap", Infinity, Math.floor);
  const perArea = (bound: AllocationOptions["floor"]) => bound != null && typeof bound !== "number";
  for (let i = 0; i < n; i++) {
    if (caps[i] < floors[i]) {
      throw new EngineError("INFEASIBLE", `the cap in row ${i + 1} is below its floor`, {
        parameter: "cap",
        row: perArea(options.floor) || perArea(options.cap) ? i : undefined,
        value: caps[i],
        expected: floors[i],
      });
    }
  }

  const { shares, scale, unrounded } = solveScale(budget, raw, floors, caps);
  const amounts = roundLargestRemainder(unrounded, budget, floors, caps);
  const bound = new Int8Array(n);
  let floorsBinding = 0;
  let capsBinding = 0;
  for (let i = 0; i < n; i++) {
    const wanted = scale * shares[i];
    if (wanted < floors[i]) {
      bound[i] = FLOOR_BINDS;
      floorsBinding++;
    } else if (wanted > caps[i]) {
      bound[i] = CAP_BINDS;
      capsBinding++;
    }
  }
  const byDecile = allocationByDecile(amounts, population, deciles, budget);
  const share = (upTo: number) => {
    if (budget === 0) return 0;
    let sum = 0;
    for (const d of byDecile) if (d.decile <= upTo) sum += d.amount;
    return sum / budget;
  };
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
    shareMostDeprived10: share(1),
    shareMostDeprived20: share(2),
  };
}

/**
 * Euros, inhabitants and euros per head per need decile, against what equal
 * per head would give each decile. Areas without a decile (no need value) are
 * left out.
 * @example allocationByDecile([600, 400], [1, 1], [1, 2], 1000)[0] // { decile: 1, amount: 600, equalAmount: 500, difference: 100, … }
 */
export function allocationByDecile(
  amounts: ArrayLike<number>,
  population: ArrayLike<number>,
  deciles: ArrayLike<number>,
  budget: number,
  quantiles: number = DEFAULT_QUANTILES,
): DecileAllocation[] {
  const areas = new Float64Array(quantiles);
  const people = new Float64Array(quantiles);
  const euros = new Float64Array(quantiles);
  let totalPopulation = 0;
  for (let i = 0; i < amounts.length; i++) {
    totalPopulation += population[i];
    const d = deciles[i];
    if (d !== d) continue;
    areas[d - 1]++;
    people[d - 1] += population[i];
    euros[d - 1] += amounts[i];
  }
  const result: DecileAllocation[] = [];
  for (let d = 0; d < quantiles; d++) {
    const equalAmount = totalPopulation > 0 ? (budget * people[d]) / totalPopulation : 0;
    result.push({
      decile: d + 1,
      areas: areas[d],
      population: people[d],
      amount: euros[d],
      perHead: people[d] > 0 ? euros[d] / people[d] : NaN,
      equalAmount,
      difference: euros[d] - equalAmount,
    });
  }
  return result;
}

/** The rule named by `text` (case-insensitive, English or Dutch), or an EngineError. */
export function parseAllocationRule(text: string): AllocationRule {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  const aliases: Record<string, AllocationRule> = {
    perhead: "perhead",
    percapita: "perhead",
    perinwoner: "perhead",
    need: "need",
    behoefte: "need",
    popneed: "popneed",
    inwonersbehoefte: "popneed",
    universal: "universal",
    proportionateuniversalism: "universal",
    universeel: "universal",
    proportioneeluniversalisme: "universal",
    tiers: "tiers",
    tiered: "tiers",
    treden: "tiers",
    staffel: "tiers",
    threshold: "threshold",
    drempel: "threshold",
  };
  const rule = aliases[key];
  if (!rule) {
    throw new EngineError("METHOD_UNKNOWN", `unknown rule "${text}"`, {
      parameter: "rule",
      value: text,
      expected: ALLOCATION_RULES.join(", "),
    });
  }
  return rule;
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

/** Need group per area: ceil(q · rank / N) of need, descending (1 = most need); NaN where need is missing. */
function needGroups(need: ArrayLike<number>, quantiles: number): Float64Array {
  const ranks = rankDescending(need);
  const n = countPresent(need);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    ranks[i] = r === r ? Math.ceil((quantiles * r) / n) : NaN;
  }
  return ranks;
}

/** Unnormalised shares of the rule (the caller divides by their sum). */
function rawShares(
  rule: AllocationRule,
  need: ArrayLike<number>,
  population: Float64Array,
  options: AllocationOptions,
): { values: Float64Array; zeroParameter: string } {
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
      const alpha = options.universalShare ?? DEFAULT_UNIVERSAL_SHARE;
      if (!(alpha >= 0 && alpha <= 1)) invalid("parameter", alpha, "0 … 1");
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
      const tiers = options.tierWeights;
      if (tiers && tiers.length > 1000) invalid("parameter", tiers.length, "1 … 1000");
      for (let t = 0; tiers && t < tiers.length; t++) {
        const w = tiers[t];
        if (!(w >= 0) || w === Infinity) {
          throw new EngineError("WEIGHT_INVALID", `tier weight ${t + 1} must be a number ≥ 0`, {
            parameter: "parameter",
            column: t,
            value: String(w),
          });
        }
      }
      if (!tiers || tiers.length === 0 || sumOf(tiers) === 0) {
        throw new EngineError("WEIGHT_ZERO", "tiers needs a weight above 0 for at least one need group", {
          parameter: "parameter",
        });
      }
      const groups = needGroups(need, tiers.length);
      for (let i = 0; i < n; i++) values[i] = population[i] * tiers[groups[i] - 1];
      return { values, zeroParameter: "parameter" };
    }
    case "threshold": {
      const k = options.thresholdDecile ?? 1;
      if (!Number.isInteger(k) || k < 1 || k > DEFAULT_QUANTILES) invalid("parameter", k, `1 … ${DEFAULT_QUANTILES}`);
      const deciles = needGroups(need, DEFAULT_QUANTILES);
      for (let i = 0; i < n; i++) values[i] = deciles[i] <= k ? population[i] : 0;
      return { values, zeroParameter: "population" };
    }
  }
}

/** One bound per area from a number or a vector; NaN means "no bound" (`none`); whole euros by `toWhole`. */
function readBound(
  bound: number | ArrayLike<number> | null | undefined,
  n: number,
  parameter: string,
  none: number,
  toWhole: (x: number) => number,
): Float64Array {
  const out = new Float64Array(n).fill(none);
  if (bound == null) return out;
  if (typeof bound !== "number" && bound.length !== n) {
    throw new EngineError("LENGTH_MISMATCH", `${parameter} needs one number, or one value per area`, {
      parameter,
      expected: n,
      actual: bound.length,
    });
  }
  for (let i = 0; i < n; i++) {
    const v = typeof bound === "number" ? bound : bound[i];
    if (v !== v) continue;
    if (!(v >= 0) || v > MAX_BUDGET) {
      throw new EngineError("PARAMETER_INVALID", `${parameter} in row ${i + 1} must be from 0 to MAX_BUDGET`, {
        parameter,
        row: typeof bound === "number" ? undefined : i,
        value: v,
        expected: `0 … ${MAX_BUDGET}`,
      });
    }
    out[i] = toWhole(v);
  }
  return out;
}

/**
 * Solves Σ clamp(λ b_i, L_i, U_i) = B for λ by water-filling: the sum is
 * piecewise linear in λ with breakpoints L_i/b_i (area i starts to rise above
 * its floor) and U_i/b_i (it reaches its cap); walk the sorted breakpoints
 * until the line through the current piece reaches B.
 */
function solveScale(
  budget: number,
  raw: { values: Float64Array; zeroParameter: string },
  floors: Float64Array,
  caps: Float64Array,
): { shares: Float64Array; scale: number; unrounded: Float64Array } {
  const n = raw.values.length;
  const total = sumOf(raw.values);
  const shares = new Float64Array(n);
  if (total > 0) for (let i = 0; i < n; i++) shares[i] = raw.values[i] / total;
  let floorSum = 0;
  let reach = 0; // the most Σ a can become: caps where a share is positive, floors elsewhere
  for (let i = 0; i < n; i++) {
    floorSum += floors[i];
    reach += shares[i] > 0 ? caps[i] : floors[i];
  }
  if (floorSum > budget) {
    throw new EngineError("INFEASIBLE", "the floors add up to more than the budget", {
      parameter: "floor",
      actual: floorSum,
      expected: budget,
    });
  }
  if (total === 0 && floorSum < budget) {
    throw new EngineError("INFEASIBLE", "the rule gives every area 0", {
      parameter: raw.zeroParameter,
      actual: 0,
      expected: budget,
    });
  }
  if (reach < budget) {
    throw new EngineError("INFEASIBLE", "the caps cannot hold the budget", {
      parameter: "cap",
      actual: reach,
      expected: budget,
    });
  }

  // Breakpoints: entry e < n is area e leaving its floor, e ≥ n is area e − n reaching its cap.
  const keys = new Float64Array(2 * n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const b = shares[i];
    if (b > 0) {
      keys[i] = floors[i] / b;
      if (caps[i] !== Infinity) keys[n + i] = caps[i] / b;
    }
  }
  const { order, sorted, count } = sortAscending(keys);
  let lambda = 0;
  let sum = floorSum;
  let slope = 0;
  let solved = budget === floorSum;
  for (let j = 0; j < count && !solved; j++) {
    const at = sorted[j];
    const next = sum + slope * (at - lambda);
    if (slope > 0 && next >= budget) {
      lambda += (budget - sum) / slope;
      solved = true;
      break;
    }
    lambda = at;
    sum = next;
    const e = order[j];
    slope += e < n ? shares[e] : -shares[e - n];
  }
  if (!solved && slope > 0) lambda += (budget - sum) / slope; // past the last breakpoint: no cap left to reach

  const unrounded = new Float64Array(n);
  for (let i = 0; i < n; i++) unrounded[i] = Math.min(caps[i], Math.max(floors[i], lambda * shares[i]));
  return { shares, scale: lambda, unrounded };
}

/**
 * Whole euros adding up to `budget` exactly (largest-remainder method, also
 * called Hamilton's method): every amount is rounded down, and the euros left
 * go one each to the areas with the largest fractions (ties: the first row).
 * The floors and caps are whole euros, so neither rounding leaves them.
 */
function roundLargestRemainder(
  unrounded: Float64Array,
  budget: number,
  floors: Float64Array,
  caps: Float64Array,
): Float64Array {
  const n = unrounded.length;
  const amounts = new Float64Array(n);
  const negativeFraction = new Float64Array(n);
  let left = budget;
  for (let i = 0; i < n; i++) {
    const whole = Math.floor(unrounded[i]);
    amounts[i] = whole;
    negativeFraction[i] = whole - unrounded[i]; // ascending = largest fraction first
    left -= whole;
  }
  // Rounding error of λ can leave a euro or so more or less than the fractions suggest; give or take
  // them in order of the fractions, within the bounds.
  const { order } = sortAscending(negativeFraction);
  for (let pass = 0; left > 0 && pass < 2; pass++) {
    for (let j = 0; j < n && left > 0; j++) {
      const i = order[j];
      if (amounts[i] + 1 <= caps[i]) {
        amounts[i]++;
        left--;
      }
    }
  }
  for (let j = n - 1; j >= 0 && left < 0; j--) {
    const i = order[j];
    if (amounts[i] - 1 >= floors[i]) {
      amounts[i]--;
      left++;
    }
  }
  // Cannot happen once the bounds were found feasible; a wrong total must never be returned.
  if (left !== 0) throw new Error(`rounding left ${left} euros unallocated`);
  return amounts;
}

function sumOf(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}

function invalid(parameter: string, value: number | string, expected: string): never {
  throw new EngineError("PARAMETER_INVALID", `${parameter} must be ${expected}, got ${value}`, {
    parameter,
    value,
    expected,
  });
}
