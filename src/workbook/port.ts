import type { CellValue, ChartSpec, ConditionalFormat, PageSetup, PictureSpec } from "./model";

/**
 * What the task pane needs from a workbook. Two implementations:
 * - `createOfficeWorkbook` (src/excel): the only code that calls Excel.run;
 * - `MemoryWorkbook` (src/preview/memory): tests and the browser preview.
 * Everything crossing this interface is plain data.
 */

/** A block of data read from the workbook: a header row and the rows under it. */
export interface DataBlock {
  source: { kind: "selection" | "table"; sheet: string; address: string; table?: string };
  headers: string[];
  /** Row-major values under the header; "" for an empty cell. */
  rows: CellValue[][];
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** Address including the header row, e.g. "A1:F480". */
  address: string;
  rows: number;
  columns: number;
}

/**
 * The state of a sheet the add-in wants to write:
 * - "absent": no such sheet;
 * - "ours": written by the add-in and unchanged since (replace without asking);
 * - "edited": written by the add-in, then changed by someone (ask first);
 * - "foreign": a sheet of that name the add-in did not make (ask first).
 */
export type SheetState = "absent" | "ours" | "edited" | "foreign";

/** Something someone changed on a sheet the add-in wrote: cells (one, or a band it wrote), or a table, chart or shape. */
export type SheetChange = { kind: "cells"; address: string } | { kind: "table" | "chart" | "shape"; name: string };

/** A sheet's state, with the first changes found on an "edited" sheet (empty otherwise). */
export interface SheetReport {
  state: SheetState;
  changes: SheetChange[];
}

/**
 * A cell to write: a value, or a formula as { formula } (with its leading "=").
 * A string is always written as text, even when it starts with "=", "+", "-" or "@".
 */
export type CellInput = CellValue | { formula: string };

export interface OutputTable {
  /** Table name, unique in the workbook (e.g. "MDI_Resultaten"). */
  name: string;
  /** Top-left cell of the header row, e.g. "A1". */
  topLeft: string;
  headers: string[];
  rows: CellInput[][];
  /** Number formats per column (same length as headers; "" = General). */
  numberFormats?: string[];
}

/** Anything else to write on the sheet: text blocks, helper ranges (spilled formulas). */
export interface OutputBlock {
  topLeft: string;
  rows: CellInput[][];
  /** Bold the first row. */
  header?: boolean;
  /** Number formats per column ("" = General), for every row but the header row. */
  numberFormats?: string[];
}

export interface OutputSheet {
  name: string;
  tables: OutputTable[];
  blocks: OutputBlock[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  /** Make this the active sheet after writing. */
  activate?: boolean;
  /** Freeze the first n rows. */
  frozenRows?: number;
  /** Column widths in characters, by column index from A (absent: fitted to the contents). */
  columnWidths?: number[];
  /** Print layout (ExcelApi 1.9; skipped where Excel lacks it). */
  pageSetup?: PageSetup;
  /**
   * Pictures over the cells (e.g. the briefing's map). Excel adds them with ExcelApi 1.9's shapes and
   * leaves them out where it lacks them: the sheet is still written.
   */
  pictures?: PictureSpec[];
}

export interface WorkbookPort {
  /** The selected range with its first row as headers. */
  readSelection(): Promise<DataBlock>;
  listTables(): Promise<TableInfo[]>;
  readTable(name: string): Promise<DataBlock>;
  /** Names of all worksheets, in order. */
  listSheets(): Promise<string[]>;
  sheetState(name: string): Promise<SheetState>;
  /**
   * The state of a sheet with what changed: the whole sheet (every cell, table, chart and shape) is compared
   * with what the add-in left there.
   */
  checkSheet(name: string): Promise<SheetReport>;
  /**
   * Writes the sheets (each replaced whole when it exists: its tables, names, charts and other shapes
   * are removed first, so re-running never duplicates them), in one batch. The caller has checked
   * `checkSheet` and asked the user before replacing an "edited" or "foreign" sheet.
   */
  writeSheets(sheets: OutputSheet[]): Promise<void>;
  /**
   * Places a picture on a sheet that exists (e.g. the map on the MDI sheet), replacing the add-in's picture
   * of the same name, without touching any cell. On a sheet the add-in wrote, its stored signature records
   * the picture's name, so `checkSheet` counts the picture as the add-in's own.
   * @throws WorkbookError "SHEET_NOT_FOUND" when the sheet is absent; "PICTURES_UNSUPPORTED" where Excel
   *   cannot add pictures (no ExcelApi 1.9); "ADDRESS_INVALID" when `topLeft` is not a cell
   */
  placePicture(sheet: string, picture: PictureSpec): Promise<void>;
  /** Document settings (stored in the workbook). */
  loadSetting<T>(key: string): Promise<T | undefined>;
  saveSetting(key: string, value: unknown): Promise<void>;
}
