import { sumOf } from "./columns";
import { EngineError } from "./errors";
import { MAX_BUDGET } from "./largestRemainder";
import type { RuleShares } from "./allocationRules";
import { sortAscending } from "./sortOrder";

/** A floor or cap as given: one number for every area, one per area (NaN = none), or none at all. */
export type AllocationBound = number | ArrayLike<number> | null | undefined;

/** Floors and caps per area in whole euros: floors rounded up (0 = none), caps rounded down (Infinity = none). */
export interface WholeEuroBounds {
  readonly floors: Float64Array;
  readonly caps: Float64Array;
}

/** The scale λ that meets the budget within the bounds, and what it gives each area. */
export interface SolvedScale {
  /** The rule's share per area (Σ = 1; all 0 when the rule gives every area 0). */
  readonly shares: Float64Array;
  /** λ: without floors and caps it is the budget. */
  readonly scale: number;
  /** clamp(λ b_i, L_i, U_i) per area, before rounding. */
  readonly unrounded: Float64Array;
}

/**
 * Floors and caps per area as whole euros, so that rounding the amounts
 * cannot leave them: a floor of 3.20 acts as 4, a cap of 3.80 as 3.
 *
 * @example wholeEuroBounds(3.2, [NaN, 5.8], 2) // { floors: Float64Array [4, 4], caps: Float64Array [Infinity, 5] }
 * @throws {EngineError} LENGTH_MISMATCH, PARAMETER_INVALID (a bound below 0 or above MAX_BUDGET),
 *   INFEASIBLE (a cap below its floor)
 */
export function wholeEuroBounds(floor: AllocationBound, cap: AllocationBound, n: number): WholeEuroBounds {
  const floors = readBound(floor, n, "floor", 0, Math.ceil);
  const caps = readBound(cap, n, "cap", Infinity, Math.floor);
  const perArea = (bound: AllocationBound) => bound != null && typeof bound !== "number";
  for (let i = 0; i < n; i++) {
    if (caps[i] < floors[i]) {
      throw new EngineError("INFEASIBLE", `the cap in row ${i + 1} is below its floor`, {
        parameter: "cap",
        row: perArea(floor) || perArea(cap) ? i : undefined,
        value: caps[i],
        expected: floors[i],
      });
    }
  }
  return { floors, caps };
}

/** One bound per area from a number or a vector; NaN means "no bound" (`none`); whole euros by `toWhole`. */
function readBound(
  bound: AllocationBound,
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
 * until the line through the current piece reaches B. O(n log n).
 *
 * @example solveScale(1000, { values: Float64Array.of(8, 1, 1), zeroParameter: "need" }, { floors: Float64Array.of(0, 0, 0), caps: Float64Array.of(500, Infinity, Infinity) }).unrounded // Float64Array [500, 250, 250]
 * @throws {EngineError} INFEASIBLE (Σ floors > budget, the caps cannot hold the budget, or a rule that gives
 *   every area 0 — details say by how much)
 */
export function solveScale(budget: number, raw: RuleShares, bounds: WholeEuroBounds): SolvedScale {
  const { floors, caps } = bounds;
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
