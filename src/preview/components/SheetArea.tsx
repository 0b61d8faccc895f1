/**
 * The shown sheet as in Excel: the formula bar over the grid, the sheet tabs
 * under it. Typing in the formula bar puts a value or formula in the active cell.
 */
import * as React from "react";
import type { Language } from "../../i18n/language";
import type { SheetModel } from "../../workbook/model";
import type { CellInput } from "../../workbook/port";
import type { PREVIEW_STRINGS as STRINGS } from "../../i18n/preview";
import type { PreviewWorkbook } from "../workbook";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { selectionAddress, type Selection } from "./gridSelection";
import { SheetTabs } from "./SheetTabs";

export interface SheetAreaProps {
  workbook: PreviewWorkbook;
  /** Names every opened workbook apart, so the grid starts afresh with each. */
  workbookId: number;
  sheet: SheetModel;
  /** Names of the sheets with a tab. */
  sheets: string[];
  version: number;
  language: Language;
  t: (typeof STRINGS)[Language];
  selection: Selection | undefined;
  onSelect: React.Dispatch<Selection>;
  onSheet: React.Dispatch<string>;
}

export function SheetArea({ workbook, workbookId, sheet, selection, t, ...props }: SheetAreaProps) {
  const focusCell = selection ? sheet.cells[selection.focus.row]?.[selection.focus.column] : undefined;
  const commit = (input: CellInput) => {
    if (!selection) return;
    workbook.setCell(sheet.name, selection.focus.row, selection.focus.column, input);
  };
  return (
    <>
      <FormulaBar
        address={selection ? selectionAddress(selection) : ""}
        cell={focusCell}
        language={props.language}
        nameLabel={t.nameBox}
        formulaLabel={t.formulaBar}
        onCommit={commit}
      />
      <Grid
        key={`${workbookId}-${sheet.name}`}
        sheet={sheet}
        model={workbook.model}
        version={props.version}
        language={props.language}
        selection={selection}
        onSelectionChange={props.onSelect}
        label={t.grid(sheet.name)}
        selectAllLabel={t.selectAll}
        chartLabel={t.chart}
      />
      <SheetTabs sheets={props.sheets} active={sheet.name} label={t.sheets} onSelect={props.onSheet} />
    </>
  );
}
