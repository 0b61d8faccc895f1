import { quantileOfAreas } from "../../engine/areaRanks";
import { colorOnScale, hexOf, rgbOf } from "../../workbook/colorScale";
import { COVERAGE_COLORS, DECILE_COLORS, DECILE_POINTS } from "../plan/resultsSheet";

/**
 * How the map colours its areas: each area falls in one class of a legend.
 * The colours are those of the MDI sheet's colour scales, so a buurt has the
 * same colour on the map as its decile cell: deciles 1–10 from red (most
 * deprived) through yellow to green; coverage from orange (the least data that
 * still gets a score) to white (complete); a change from green (less deprived)
 * through yellow (no change) to red (more deprived). An area without a value
 * is grey and counted in the legend: a gap is shown, never painted as a value.
 */

/** One class of the legend: its colour and what it holds (a decile, or values from ≤ x < to). */
export interface MapClass {
  readonly color: string;
  readonly decile?: number;
  readonly from?: number;
  readonly to?: number;
  /** Areas in the class. */
  readonly areas: number;
}

export type MapMeasure = "decile" | "coverage" | "change";

export interface Shading {
  readonly measure: MapMeasure;
  /** Per area: its class (index into `classes`), or -1 when it has no value. */
  readonly classOfRow: Int16Array;
  readonly classes: readonly MapClass[];
  /** Areas without a value (grey). */
  readonly missing: number;
}

/** Areas without a value: a light grey that no scale uses. */
export const NO_DATA_COLOR = "#d9d9d9";

const DECILE_SCALE = DECILE_COLORS.map(rgbOf);

/**
 * The colour of decile 1–10 on the MDI sheet's scale.
 * @example decileColor(1) // "#f8696b" (decile 1, most deprived)
 */
export function decileColor(decile: number): string {
  return hexOf(colorOnScale(DECILE_SCALE, DECILE_POINTS, decile));
}

function shading(measure: MapMeasure, classOfRow: Int16Array, classes: Omit<MapClass, "areas">[]): Shading {
  const counts = new Array<number>(classes.length).fill(0);
  let missing = 0;
  for (const c of classOfRow) {
    if (c < 0) missing++;
    else counts[c]++;
  }
  return { measure, classOfRow, classes: classes.map((c, i) => ({ ...c, areas: counts[i] })), missing };
}

/** Deciles as given (the MDI table's national decile): 1 … 10, anything else has no value. */
export function decileShading(deciles: ArrayLike<number>): Shading {
  const classOfRow = Int16Array.from({ length: deciles.length }, (_, i) => {
    const d = deciles[i];
    return Number.isInteger(d) && d >= 1 && d <= 10 ? d - 1 : -1;
  });
  const classes = Array.from({ length: 10 }, (_, i) => ({ color: decileColor(i + 1), decile: i + 1 }));
  return shading("decile", classOfRow, classes);
}

/**
 * Deciles of scores among the areas that have one, decile 1 = the highest score (the most deprived, as for
 * the MDI itself): how a domain is shown.
 */
export function scoreShading(scores: ArrayLike<number>): Shading {
  const present: number[] = [];
  const rows: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    if (Number.isFinite(scores[i])) {
      present.push(scores[i]);
      rows.push(i);
    }
  }
  const deciles = new Float64Array(scores.length).fill(NaN);
  if (present.length) {
    const of = quantileOfAreas(present);
    rows.forEach((row, k) => (deciles[row] = of[k]));
  }
  return decileShading(deciles);
}

/** Coverage classes, as shares of the domain weight: complete, then steps down to the lowest that is scored. */
const COVERAGE_BREAKS = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0];

/**
 * Coverage (0–1) in classes: 100 %, 90–<100 %, 80–<90 % … below 50 %, coloured as the MDI sheet's coverage
 * column at the class's lower bound (orange at `threshold`, the lowest share scored; white at 100 %).
 */
export function coverageShading(coverage: ArrayLike<number>, threshold: number): Shading {
  const scale = COVERAGE_COLORS.map(rgbOf);
  const points = [Math.min(threshold, 0.999), 1];
  const classes = COVERAGE_BREAKS.map((from, i) =>
    i === 0
      ? { color: hexOf(scale[1]), from: 1, to: 1 }
      : { color: hexOf(colorOnScale(scale, points, from)), from, to: COVERAGE_BREAKS[i - 1] },
  );
  const classOfRow = Int16Array.from({ length: coverage.length }, (_, i) => {
    const v = coverage[i];
    if (!Number.isFinite(v)) return -1;
    if (v >= 1) return 0;
    return COVERAGE_BREAKS.findIndex((from, k) => k > 0 && v >= from);
  });
  return shading("coverage", classOfRow, classes);
}

/**
 * A round step near x (1, 2 or 5 times a power of ten), for legend bounds people can read.
 * @example niceStep(0.137) // 0.1
 */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const m = x / power;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
}

/**
 * Changes (later − earlier MDI; below 0 = less deprived) in six classes symmetric around 0, bounded at
 * ±step and ±2·step with a round step of about a third of the 95th percentile of |change|: green for
 * improvement, red for decline, as the decile scale colours less and more deprivation.
 */
export function changeShading(changes: ArrayLike<number>): Shading {
  const sizes: number[] = [];
  for (let i = 0; i < changes.length; i++) if (Number.isFinite(changes[i])) sizes.push(Math.abs(changes[i]));
  sizes.sort((a, b) => a - b);
  const p95 = sizes.length ? sizes[Math.min(sizes.length - 1, Math.floor(0.95 * (sizes.length - 1)))] : 1;
  const step = niceStep(p95 / 3);
  const bounds = [-Infinity, -2 * step, -step, 0, step, 2 * step, Infinity];
  // Green (less deprived) at −2 steps, yellow at 0, red (more deprived) at +2 steps: the decile scale reversed.
  const scale = [...DECILE_SCALE].reverse();
  const points = [-2.5 * step, 0, 2.5 * step];
  const classes = bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1];
    const middle = Number.isFinite(from) ? (Number.isFinite(to) ? (from + to) / 2 : from + step / 2) : to - step / 2;
    return { color: hexOf(colorOnScale(scale, points, middle)), from, to };
  });
  const classOfRow = Int16Array.from({ length: changes.length }, (_, i) => {
    const v = changes[i];
    if (!Number.isFinite(v)) return -1;
    return classes.findIndex((c) => v >= c.from && v < c.to);
  });
  return shading("change", classOfRow, classes);
}

/** Shapes of the boundary file that are no area of the data: paler than "no value", as they are not counted. */
export const NO_AREA_COLOR = "#f2f2f2";

/** The fill of each shape: its area's class colour, grey for an area without a value, pale for a shape without an area. */
export function shapeFills(shade: Shading, rowOfShape: Int32Array): string[] {
  return Array.from(rowOfShape, (row) => {
    if (row < 0) return NO_AREA_COLOR;
    const c = shade.classOfRow[row];
    return c >= 0 ? shade.classes[c].color : NO_DATA_COLOR;
  });
}
