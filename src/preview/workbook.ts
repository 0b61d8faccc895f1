/**
 * The workbook the preview page shows and the task pane works on: one in-memory workbook, so
 * what the pane writes appears in the grid, computed by the same functions the add-in registers.
 */
import { MemoryWorkbook } from "./memory/memoryWorkbook";
import { parseAddress, type WorkbookModel } from "../workbook/model";

export type PreviewWorkbook = MemoryWorkbook;

/**
 * Empties the cells a spilled formula covers, except the formula's own cell. A file stores a
 * spilled result as values in those cells (so readers without the formula see them); opened
 * here, the formula computes them again, and values left in its way would block its spill
 * (#SPILL!), as they would in Excel.
 */
function clearSpilledCopies(model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    for (const spill of sheet.spills ?? []) {
      const anchor = parseAddress(spill.anchor).start;
      const { start, end } = parseAddress(spill.address);
      for (let r = start.row; r <= end.row; r++) {
        const row = sheet.cells[r];
        if (!row) continue;
        for (let c = start.column; c <= Math.min(end.column, row.length - 1); c++) {
          if ((r !== anchor.row || c !== anchor.column) && !row[c].formula) row[c] = { ...row[c], value: "" };
        }
      }
    }
  }
}

/**
 * A workbook over a model just opened from a file; its formulas are computed at once.
 * @throws WorkbookError when the model's sheet names are not valid Excel names
 */
export function createPreviewWorkbook(model: WorkbookModel): PreviewWorkbook {
  clearSpilledCopies(model);
  return new MemoryWorkbook(model);
}
