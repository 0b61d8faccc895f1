/**
 * Moving through the worksheet grid with the keyboard, as in Excel: arrow keys
 * move the active cell (Shift extends the selection, Ctrl jumps to the edge of
 * the used range), Home/End, PageUp/PageDown, Ctrl+Home and Ctrl+A.
 */
import type * as React from "react";
import type { CellRef } from "../../workbook/model";
import type { Selection } from "./gridSelection";

export interface GridKeyboardOptions {
  selection: Selection | undefined;
  onSelectionChange: React.Dispatch<Selection>;
  /** The whole used range (Ctrl+A; Ctrl+arrow and End go to its edges). */
  all: Selection;
  rowCount: number;
  columnCount: number;
  /** Rows a page up or down moves. */
  pageRows: () => number;
  /** Scrolls a cell into view. */
  reveal: (cell: CellRef) => void;
}

/** The cell a key moves the focus to, or undefined for keys the grid does not handle this way. */
function moved(key: string, ctrl: boolean, focus: CellRef, o: GridKeyboardOptions): CellRef | undefined {
  const page = o.pageRows();
  switch (key) {
    case "ArrowDown":
      return { row: ctrl ? o.all.focus.row : focus.row + 1, column: focus.column };
    case "ArrowUp":
      return { row: ctrl ? 0 : focus.row - 1, column: focus.column };
    case "ArrowRight":
      return { row: focus.row, column: ctrl ? o.all.focus.column : focus.column + 1 };
    case "ArrowLeft":
      return { row: focus.row, column: ctrl ? 0 : focus.column - 1 };
    case "PageDown":
      return { row: focus.row + page, column: focus.column };
    case "PageUp":
      return { row: focus.row - page, column: focus.column };
    case "Home":
      return ctrl ? { row: 0, column: 0 } : { row: focus.row, column: 0 };
    case "End":
      return ctrl
        ? { row: o.all.focus.row, column: o.all.focus.column }
        : { row: focus.row, column: o.all.focus.column };
    default:
      return undefined;
  }
}

export function useGridKeyboard(options: GridKeyboardOptions) {
  const { selection, onSelectionChange, all, rowCount, columnCount, reveal } = options;
  const onKeyDown = (event: React.KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.key === "a" || event.key === "A") {
      if (ctrl) {
        event.preventDefault();
        onSelectionChange(all);
      }
      return;
    }
    const next = moved(event.key, ctrl, selection?.focus ?? { row: 0, column: 0 }, options);
    if (!next) return;
    event.preventDefault();
    const cell = {
      row: Math.max(0, Math.min(rowCount - 1, next.row)),
      column: Math.max(0, Math.min(columnCount - 1, next.column)),
    };
    onSelectionChange(
      event.shiftKey && selection ? { anchor: selection.anchor, focus: cell } : { anchor: cell, focus: cell },
    );
    reveal(cell);
  };
  return { onKeyDown };
}
