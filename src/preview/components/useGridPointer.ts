/**
 * Selecting with the mouse on the worksheet grid, as in Excel: a click selects
 * a cell (Shift+click extends the selection), dragging extends it, a column
 * or row header selects that column or row, the corner selects everything used.
 */
import * as React from "react";
import type { Selection } from "./gridSelection";

/** What a mouse event hit: the element's data-kind ("cell", "row", "column", "corner") and its row and column. */
function target(event: React.MouseEvent): { kind: string; row: number; column: number } | undefined {
  const element = (event.target as HTMLElement).closest<HTMLElement>("[data-kind]");
  if (!element) return undefined;
  return {
    kind: element.dataset.kind ?? "",
    row: Number(element.dataset.row ?? -1),
    column: Number(element.dataset.column ?? -1),
  };
}

export interface GridPointerOptions {
  selection: Selection | undefined;
  onSelectionChange: React.Dispatch<Selection>;
  /** The whole used range (what the corner selects; rows and columns are selected up to its edge). */
  all: Selection;
  /** Takes the keyboard focus to the grid when it is clicked. */
  focus: () => void;
}

export function useGridPointer({ selection, onSelectionChange, all, focus }: GridPointerOptions) {
  const { row: lastRow, column: lastColumn } = all.focus;
  const dragging = React.useRef(false);
  React.useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener("mouseup", stop);
    return () => window.removeEventListener("mouseup", stop);
  }, []);

  const onMouseDown = (event: React.MouseEvent) => {
    const hit = target(event);
    if (!hit || event.button !== 0) return;
    focus();
    if (hit.kind === "corner") return onSelectionChange(all);
    if (hit.kind === "column") {
      return onSelectionChange({ anchor: { row: 0, column: hit.column }, focus: { row: lastRow, column: hit.column } });
    }
    if (hit.kind === "row") {
      return onSelectionChange({ anchor: { row: hit.row, column: 0 }, focus: { row: hit.row, column: lastColumn } });
    }
    const cell = { row: hit.row, column: hit.column };
    dragging.current = true;
    onSelectionChange(
      event.shiftKey && selection ? { anchor: selection.anchor, focus: cell } : { anchor: cell, focus: cell },
    );
  };

  const onMouseOver = (event: React.MouseEvent) => {
    if (!dragging.current || !selection) return;
    const hit = target(event);
    if (hit?.kind === "cell" && (hit.row !== selection.focus.row || hit.column !== selection.focus.column)) {
      onSelectionChange({ anchor: selection.anchor, focus: { row: hit.row, column: hit.column } });
    }
  };

  return { onMouseDown, onMouseOver };
}
