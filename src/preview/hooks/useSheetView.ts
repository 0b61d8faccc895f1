/**
 * Which sheet the page shows and what is selected on it. The selection is
 * passed on to the workbook, where the pane reads it. Following a workbook
 * redraws on every change, shows a sheet the pane has just written and
 * activated (or added), and falls back to the first sheet when the shown one
 * is removed.
 */
import * as React from "react";
import type { SheetModel } from "../../workbook/model";
import { usedSize } from "../components/gridGeometry";
import { selectionAddress, usedRangeSelection, type Selection } from "../components/gridSelection";
import type { PreviewWorkbook } from "../workbook";

export const visibleSheets = (workbook: PreviewWorkbook): SheetModel[] =>
  workbook.model.sheets.filter((s) => s.visible !== false);

export function useSheetView() {
  const [version, setVersion] = React.useState(0);
  const [activeSheet, setActiveSheet] = React.useState("");
  const [selection, setSelection] = React.useState<Selection>();

  const select = React.useCallback((workbook: PreviewWorkbook, sheet: string, next: Selection) => {
    setSelection(next);
    workbook.select(sheet, selectionAddress(next));
  }, []);

  /** Shows a sheet of a workbook just opened, its used range selected (what the pane reads as the selection). */
  const showOpened = React.useCallback(
    (workbook: PreviewWorkbook, first: SheetModel) => {
      setActiveSheet(first.name);
      select(workbook, first.name, usedRangeSelection(usedSize(first)));
    },
    [select],
  );

  const showSheet = React.useCallback((name: string) => {
    setActiveSheet(name);
    setSelection(undefined);
  }, []);

  /**
   * Follows a workbook's changes (see above).
   * @returns a function that stops following
   */
  const follow = React.useCallback((workbook: PreviewWorkbook) => {
    let known = new Set(workbook.model.sheets.map((s) => s.name));
    return workbook.subscribe((change) => {
      setVersion((v) => v + 1);
      if (change.kind !== "sheets") return;
      const added = visibleSheets(workbook).filter((s) => !known.has(s.name));
      known = new Set(workbook.model.sheets.map((s) => s.name));
      const selected = workbook.model.selection?.sheet;
      const show = selected && change.sheets.includes(selected) ? selected : added[0]?.name;
      if (show) {
        setActiveSheet(show);
        setSelection({ anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
      } else {
        setActiveSheet((current) => (known.has(current) ? current : (visibleSheets(workbook)[0]?.name ?? "")));
      }
    });
  }, []);

  return { version, activeSheet, selection, select, showOpened, showSheet, follow };
}
