/** The selected range of the worksheet grid. */
import { formatAddress, type CellRef } from "../../workbook/model";

export interface Selection {
  anchor: CellRef;
  focus: CellRef;
}

/** A range of cells, zero-based and inclusive. */
export interface CellBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function selectionBox(selection: Selection): CellBox {
  const { anchor, focus } = selection;
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.column, focus.column),
    right: Math.max(anchor.column, focus.column),
  };
}

export function selectionAddress(selection: Selection): string {
  const box = selectionBox(selection);
  return formatAddress({ row: box.top, column: box.left }, { row: box.bottom, column: box.right });
}

/** The selection of a sheet's whole used range (A1 alone when the sheet is empty). */
export function usedRangeSelection(used: { rows: number; columns: number }): Selection {
  return {
    anchor: { row: 0, column: 0 },
    focus: { row: Math.max(0, used.rows - 1), column: Math.max(0, used.columns - 1) },
  };
}
