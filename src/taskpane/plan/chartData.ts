import type { MdiResults } from "../compute/results";
import { DEFAULT_QUANTILES } from "../../engine/constants";

/**
 * The numbers behind the charts, from the engine's results: how many areas
 * fall in each national decile (per group when grouped), and one area's
 * domain profile against the average of all areas.
 */

/** Areas per national decile 1…10 (areas without a score are not counted). */
export function decileCounts(results: MdiResults): number[] {
  const counts = new Array<number>(DEFAULT_QUANTILES).fill(0);
  for (const d of results.decile) if (d >= 1 && d <= DEFAULT_QUANTILES) counts[d - 1]++;
  return counts;
}

/** Per group (in order of first appearance): areas per national decile 1…10. */
export function decileCountsByGroup(results: MdiResults): Array<{ group: string; counts: number[] }> {
  const groups = results.groups;
  if (!groups) return [];
  const table = groups.names.map((group) => ({ group, counts: new Array<number>(DEFAULT_QUANTILES).fill(0) }));
  for (let i = 0; i < results.rows; i++) {
    const g = groups.ids[i];
    const d = results.decile[i];
    if (g >= 0 && d >= 1 && d <= DEFAULT_QUANTILES) table[g].counts[d - 1]++;
  }
  return table;
}

/** Row of the chosen area, or of the most deprived one (rank 1) when none is chosen or found. */
export function profileRow(results: MdiResults, area: string | null): number {
  if (area !== null) {
    const row = results.areas.indexOf(area);
    if (row >= 0) return row;
  }
  let best = -1;
  for (let i = 0; i < results.rows; i++) {
    if (results.rank[i] === results.rank[i] && (best < 0 || results.rank[i] < results.rank[best])) best = i;
  }
  return Math.max(best, 0);
}

/** Mean of the present values of a column. */
export function meanOfPresent(values: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) {
      sum += values[i];
      count++;
    }
  }
  return count ? sum / count : NaN;
}
