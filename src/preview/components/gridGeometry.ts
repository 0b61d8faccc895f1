/**
 * Where things are on the worksheet grid: how far it runs, column widths and
 * offsets in pixels, the frozen rows, the width of the row headers.
 */
import * as React from "react";
import { parseAddress, type SheetModel } from "../../workbook/model";
import { pointsToPixels } from "../format/picture";
import { ROW_HEIGHT } from "./gridStyles";

/** Excel's default column: 8.43 characters, 64 pixels. */
const DEFAULT_WIDTH_CHARS = 8.43;

/** Column width in pixels from Excel's width in characters (7 px per character + 5 px padding). */
export function columnPixels(chars: number | undefined): number {
  return Math.max(24, Math.round((chars && chars > 0 ? chars : DEFAULT_WIDTH_CHARS) * 7 + 5));
}

/**
 * How far the sheet's charts and pictures reach, with a row and column to spare: a chart to its
 * bottom-right cell, a picture over as many rows and columns as its size covers.
 */
function objectExtent(sheet: SheetModel): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of sheet.charts) {
    const end = parseAddress(chart.bottomRight).start;
    rows = Math.max(rows, end.row + 2);
    columns = Math.max(columns, end.column + 2);
  }
  for (const picture of sheet.pictures ?? []) {
    const start = parseAddress(picture.topLeft).start;
    rows = Math.max(rows, start.row + Math.ceil(pointsToPixels(picture.height) / ROW_HEIGHT) + 1);
    let column = start.column;
    for (let covered = 0; covered < pointsToPixels(picture.width); column++)
      covered += columnPixels(sheet.columnWidths?.[column]);
    columns = Math.max(columns, column + 1);
  }
  return { rows, columns };
}

/** The used range of a sheet: rows and columns that hold anything. */
export function usedSize(sheet: SheetModel): { rows: number; columns: number } {
  let columns = 0;
  for (const row of sheet.cells) if (row.length > columns) columns = row.length;
  return { rows: sheet.cells.length, columns };
}

export interface GridGeometry {
  used: { rows: number; columns: number };
  rowCount: number;
  columnCount: number;
  /** Rows frozen under the column headers. */
  frozen: number;
  /** Column widths in pixels. */
  widths: number[];
  /** Left edge of each column from the first (one more than there are columns: the last is the total width). */
  offsets: number[];
  rowHeaderWidth: number;
}

/**
 * The geometry of a sheet's grid, recomputed when the sheet or the workbook (`version`) changes.
 * Like Excel, the grid goes on past the data a little; it ends there (no empty million rows).
 */
export function useGridGeometry(sheet: SheetModel, version: number): GridGeometry {
  const used = React.useMemo(() => usedSize(sheet), [sheet, version]);
  const objects = React.useMemo(() => objectExtent(sheet), [sheet, version]);
  const rowCount = Math.max(used.rows + 20, objects.rows, 40);
  const columnCount = Math.max(used.columns + 3, objects.columns, 12);
  const frozen = Math.min(sheet.frozenRows ?? 0, used.rows);

  const widths = React.useMemo(
    () => Array.from({ length: columnCount }, (_, c) => columnPixels(sheet.columnWidths?.[c])),
    [sheet, version, columnCount],
  );
  const offsets = React.useMemo(() => {
    const out = [0];
    for (const w of widths) out.push(out[out.length - 1] + w);
    return out;
  }, [widths]);
  const rowHeaderWidth = Math.max(40, String(rowCount).length * 8 + 16);
  return { used, rowCount, columnCount, frozen, widths, offsets, rowHeaderWidth };
}
