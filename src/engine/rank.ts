import { rankDescendingInPlace, sortAscending } from "./sortOrder";

/**
 * Descending competition ranks ("min" ties): rank 1 = highest value = most
 * deprived once a column is oriented; equal values share the lowest rank of
 * their run (1, 2, 2, 4). Missing values (NaN) get NaN and are not counted.
 * Equals Excel's RANK.EQ(x, range, 0) and R's rank(-x, ties.method = "min").
 *
 * @see docs/method.md §1
 * @example rankDescending(Float64Array.of(10, 30, 20, 30)) // Float64Array [4, 1, 3, 1]
 */
export function rankDescending(values: ArrayLike<number>): Float64Array {
  return descendingRanksInto(values, new Float64Array(values.length));
}

/**
 * Writes the descending "min" rank of each value into `out` (NaN for missing)
 * — or, given `table`, table[rank] (e.g. the exponential transform of the rank),
 * so rank and transform take one pass in sorted order. Returns `out`; `out`
 * may be `values` itself.
 */
export function descendingRanksInto(values: ArrayLike<number>, out: Float64Array, table?: Float64Array): Float64Array {
  if (out !== values) for (let i = 0; i < values.length; i++) out[i] = values[i];
  return rankDescendingInPlace(out, table);
}

/**
 * Descending "min" ranks within groups: each area is ranked among the areas
 * of its own group (e.g. buurten within a gemeente), rank 1 = most deprived
 * of the group. One global sort, then one pass with a counter per group.
 *
 * @param groups group id per area (0 … groupCount−1); -1 = no group (rank NaN)
 * @returns ranks, and the number of present values per group (the group's N)
 * @example rankDescendingWithinGroups(Float64Array.of(5, 9, 7, 1), Int32Array.of(0, 0, 1, 1), 2).ranks
 *   // Float64Array [2, 1, 1, 2]
 */
export function rankDescendingWithinGroups(
  values: ArrayLike<number>,
  groups: Int32Array,
  groupCount: number,
): { ranks: Float64Array; groupSizes: Float64Array } {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  const seen = new Float64Array(groupCount);
  const lastValue = new Float64Array(groupCount).fill(NaN);
  const lastRank = new Float64Array(groupCount);
  const { order, sorted, count } = sortAscending(values);
  for (let j = count - 1; j >= 0; j--) {
    const i = order[j];
    const g = groups[i];
    if (g < 0) continue;
    const v = sorted[j];
    seen[g]++;
    if (v !== lastValue[g]) {
      lastValue[g] = v;
      lastRank[g] = seen[g];
    }
    ranks[i] = lastRank[g];
  }
  return { ranks, groupSizes: seen };
}

/**
 * Ascending ranks with ties given the average of the positions they span
 * (R's rank(x, ties.method = "average")): the ranks Spearman's rho and the
 * rankit normal scores use. Missing values get NaN.
 *
 * @example averageRanksAscending(Float64Array.of(3, 1, 2, 2, 5)) // Float64Array [4, 1, 2.5, 2.5, 5]
 */
export function averageRanksAscending(values: ArrayLike<number>): Float64Array {
  const ranks = new Float64Array(values.length).fill(NaN);
  const { order, sorted, count } = sortAscending(values);
  let start = 0;
  while (start < count) {
    const v = sorted[start];
    let end = start + 1;
    while (end < count && sorted[end] === v) end++;
    const average = (start + 1 + end) / 2; // mean of positions start+1 … end
    for (let j = start; j < end; j++) ranks[order[j]] = average;
    start = end;
  }
  return ranks;
}

/**
 * Ascending "min" ranks minus one: the number of present values strictly
 * below each value. Divided by (n − 1) this is Excel's PERCENTRANK.INC
 * (unrounded).
 */
export function countBelow(values: ArrayLike<number>): Float64Array {
  const below = new Float64Array(values.length).fill(NaN);
  const { order, sorted, count } = sortAscending(values);
  let run = 0;
  let previous = NaN;
  for (let j = 0; j < count; j++) {
    const i = order[j];
    const v = sorted[j];
    if (v !== previous) {
      run = j;
      previous = v;
    }
    below[i] = run;
  }
  return below;
}
