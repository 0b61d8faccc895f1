import { sortAscending } from "./sortOrder";

/** Largest budget whose whole euros add up exactly in double precision (2^53 − 1). */
export const MAX_BUDGET = Number.MAX_SAFE_INTEGER;

/**
 * Largest-remainder rounding (Hamilton's method): whole euros that add up to
 * `budget` exactly. Every amount is rounded down, and the euros left go one
 * each to the areas with the largest fractions (ties: the first row). The
 * floors and caps are whole euros, so neither rounding leaves them.
 *
 * Expects `unrounded` to add up to `budget` within the rounding error of a
 * solved scale and to lie within the bounds (see `solveScale`).
 *
 * @see https://en.wikipedia.org/wiki/Largest_remainder_method
 * @example roundLargestRemainder(Float64Array.of(33.3, 33.3, 33.4), 100, Float64Array.of(0, 0, 0), Float64Array.of(Infinity, Infinity, Infinity)) // Float64Array [33, 33, 34]
 * @throws {Error} when the bounds leave euros unplaced (cannot happen once they were found feasible)
 */
export function roundLargestRemainder(
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
