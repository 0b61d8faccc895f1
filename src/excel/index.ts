import { MAX_SYNC_BYTES } from "../workbook/payload";
import type { WorkbookPort } from "../workbook/port";
import { listSheets, listTables, readSelection, readTable } from "./read";
import { checkSheet } from "./ownership";
import { placePicture } from "./pictures";
import { loadSetting, saveSetting } from "./settings";
import { writeSheets } from "./write";

/**
 * The workbook in Excel: this folder is the only code of the add-in that calls
 * Excel.run (and reads Office.context); it takes and returns plain data.
 * One Excel.run per action; context.sync() only where a result is needed or
 * where the data would pass Excel on the web's ~5 MB per request, never per
 * cell or row. Syncs per action, B = estimated JSON bytes of the values and
 * formulas (budget 4 MB a sync):
 *
 * - readSelection: 1 for the shape of the used part (a whole-column selection is trimmed to its used rows; over
 *   5,000,000 cells it is refused here), then 1 when rows × columns × 24 B ≤ 1 MB,
 *   else one per chunk (the first 1 MB, the next ones sized from what the
 *   earlier ones took): about 1 + ⌈B / 4 MB⌉;
 * - readTable: 1 more than readSelection (the table is found first);
 * - listTables: 2 (1 when there are none); listSheets: 1;
 * - checkSheet (and sheetState): 1; when the add-in wrote the sheet 1 more for its used range, tables,
 *   charts, shapes and spills, plus ⌈1.5 × B written / 4 MB⌉ to read the whole extent back;
 * - writeSheets: 1 to see what exists, then max(1, ⌈B / 4 MB⌉); 1 more when
 *   it replaces a sheet whose cells fit one sync (its old charts and shapes are
 *   listed in the first batch and deleted in the next); 1 more when a sheet has
 *   pictures (placed once their cells' positions are known);
 * - placePicture: 3 (the sheet; its shapes and the cell's position; the picture).
 *
 * A normal output sheet is written in 2 syncs and replaced in 3; the England
 * sample (33,755 rows of live formulas, about 9 MB) in 4. Enums are passed as
 * string literals ("ColumnClustered"), which Office.js accepts. Errors from
 * Excel are not caught: they reject the action with Excel's own message.
 */

export interface OfficeWorkbookOptions {
  /** Largest estimated payload of one context.sync(), in bytes (default 4 MB). */
  maxSyncBytes?: number;
}

/**
 * The WorkbookPort on the open Excel workbook.
 * @example const workbook = createOfficeWorkbook(); await workbook.listSheets() // ["Data", "MDI"]
 */
export function createOfficeWorkbook(options: OfficeWorkbookOptions = {}): WorkbookPort {
  const budget = options.maxSyncBytes ?? MAX_SYNC_BYTES;
  return {
    readSelection: () => readSelection(budget),
    listTables,
    readTable: (name) => readTable(name, budget),
    listSheets,
    sheetState: async (name) => (await checkSheet(name, budget)).state,
    checkSheet: (name) => checkSheet(name, budget),
    writeSheets: (sheets) => writeSheets(sheets, budget),
    placePicture,
    loadSetting,
    saveSetting,
  };
}
