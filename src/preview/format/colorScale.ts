/**
 * Colour scales (Excel conditional formats) as the grid paints them: each numeric cell in the
 * range gets the colour between the scale's colours at its position between the scale's points,
 * as Excel does — points given (e.g. deciles 1 and 10), or the range's lowest value, (50th
 * percentile,) and highest value.
 */
import type { ColorScaleFormat, SheetModel } from "../../workbook/model";
import { parseAddress } from "../../workbook/model";
import { colorOnScale, rgbOf, type Rgb } from "../../workbook/colorScale";

interface PreparedScale {
  top: number;
  left: number;
  bottom: number;
  right: number;
  points: number[];
  colors: Rgb[];
}

/** The p-th percentile (0–1) of sorted numbers, interpolated as Excel's PERCENTILE.INC. */
function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

function prepare(sheet: SheetModel, format: ColorScaleFormat): PreparedScale | undefined {
  const range = parseAddress(format.address);
  const colors = format.colors.map(rgbOf);
  let points = format.points;
  if (!points || points.length !== colors.length) {
    const values: number[] = [];
    for (let r = range.start.row; r <= range.end.row; r++) {
      for (let c = range.start.column; c <= range.end.column; c++) {
        const v = sheet.cells[r]?.[c]?.value;
        if (typeof v === "number" && Number.isFinite(v)) values.push(v);
      }
    }
    if (values.length === 0) return undefined;
    values.sort((a, b) => a - b);
    points =
      colors.length === 3
        ? [values[0], percentile(values, 0.5), values[values.length - 1]]
        : [values[0], values[values.length - 1]];
  }
  return {
    top: range.start.row,
    left: range.start.column,
    bottom: range.end.row,
    right: range.end.column,
    points,
    colors,
  };
}

function colorAt(scale: PreparedScale, value: number): string {
  const [r, g, b] = colorOnScale(scale.colors, scale.points, value);
  return `rgb(${r}, ${g}, ${b})`;
}

/**
 * A painter for a sheet's colour scales: the background colour of a cell, or undefined.
 * @example colorScalePainter(sheet)(1, 5, 1) // "rgb(248, 105, 107)" on a decile scale red → green
 */
export function colorScalePainter(
  sheet: SheetModel,
): (row: number, column: number, value: unknown) => string | undefined {
  const scales = sheet.conditionalFormats
    .filter((f): f is ColorScaleFormat => f.kind === "colorScale" && f.colors.length >= 2)
    .map((f) => prepare(sheet, f))
    .filter((s): s is PreparedScale => s !== undefined);
  if (scales.length === 0) return () => undefined;
  return (row, column, value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    for (const s of scales) {
      if (row >= s.top && row <= s.bottom && column >= s.left && column <= s.right) return colorAt(s, value);
    }
    return undefined;
  };
}
