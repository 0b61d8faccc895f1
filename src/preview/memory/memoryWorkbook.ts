import "../calc/installCustomFunctions";
import { WorkbookError } from "../../workbook/errors";
import { checkChartSheets, checkSheetName, checkTableNames, layoutSheet, pictureCell } from "../../workbook/layout";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  formatAddress,
  parseAddress,
  parseSelectionAddress,
  type Cell,
  type CellValue,
  type PictureSpec,
  type RangeRef,
  type SheetModel,
  type WorkbookModel,
} from "../../workbook/model";
import type {
  CellInput,
  DataBlock,
  OutputSheet,
  SheetReport,
  SheetState,
  TableInfo,
  WorkbookPort,
} from "../../workbook/port";
import { FootprintCheck } from "../../workbook/footprint";
import { checkReadSize } from "../../workbook/payload";
import { OWNED_SHEETS_KEY, signatureFor, signatureOfLayout, withShape, withSignatures } from "../../workbook/signature";
import { Calculation, type RecalcStats } from "../calc/recalculation";
import { buildSheet, cellFromInput, emptyWorkbookModel, jsonCopy, sheetFromRows } from "./models";

/**
 * A workbook in memory, for tests and the browser preview: the WorkbookPort
 * the task pane uses, plus what the preview needs to show and edit it.
 * Formulas are computed as Excel would compute them (see ../calc):
 * the add-in's MDI functions through the same code Excel runs, and plain
 * references; other formulas show #NAME? and keep their text.
 *
 * The model is changed in place (a 33,755-row sheet is not copied on every
 * edit): cells are updated in their objects, a sheet rewritten by
 * writeSheets gets a new SheetModel object at the same index. `version`
 * counts changes and `subscribe` announces them.
 */

/** What changed, for listeners. */
export interface WorkbookChange {
  kind: "cells" | "sheets" | "selection" | "settings" | "pictures";
  /** Names of the sheets whose cells, pictures or existence changed. */
  sheets: string[];
}

export type WorkbookListener = (change: WorkbookChange) => void;

/** A cell's value as Office's Range.values gives it: errors as their text, "" when empty. */
function valueOf(cell: Cell | undefined): CellValue {
  if (!cell) return "";
  const v = cell.value;
  return typeof v === "object" ? v.error : v;
}

/** The smallest box within `box` holding every cell with a value or formula, or undefined when there is none. */
function usedBox(sheet: SheetModel, box: RangeRef): RangeRef | undefined {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const lastRow = Math.min(box.end.row, sheet.cells.length - 1);
  for (let r = box.start.row; r <= lastRow; r++) {
    const row = sheet.cells[r];
    const lastColumn = Math.min(box.end.column, (row?.length ?? 0) - 1);
    for (let c = box.start.column; c <= lastColumn; c++) {
      const cell = row[c];
      if (!cell || (cell.value === "" && !cell.formula)) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return top < 0 ? undefined : { start: { row: top, column: left }, end: { row: bottom, column: right } };
}

function isCellIndex(index: number, limit: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < limit;
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly data: WorkbookModel;
  private readonly calculation: Calculation;
  private readonly listeners = new Set<WorkbookListener>();
  private changes = 0;
  private stats: RecalcStats = { formulas: 0, functionCalls: 0, spills: 0, milliseconds: 0 };

  /**
   * Takes the model over (it is not copied: pass a fresh one) and computes its formulas.
   * @throws WorkbookError when two sheets share a name or a name is not a valid sheet name
   */
  constructor(model: WorkbookModel = emptyWorkbookModel()) {
    const names = new Set<string>();
    for (const sheet of model.sheets) {
      checkSheetName(sheet.name);
      if (names.has(sheet.name.toUpperCase())) throw new WorkbookError("SHEET_EXISTS", { sheet: sheet.name });
      names.add(sheet.name.toUpperCase());
    }
    model.settings ??= {};
    this.data = model;
    this.calculation = new Calculation(model);
    this.stats = this.calculation.recalculate();
  }

  /** The current workbook (changed in place by this class; read it, do not change it). */
  get model(): WorkbookModel {
    return this.data;
  }

  /** Increases with every change. */
  get version(): number {
    return this.changes;
  }

  /** Figures of the last recalculation. */
  get lastRecalculation(): RecalcStats {
    return this.stats;
  }

  /**
   * Calls `listener` after every change.
   * @returns a function that stops the calls
   */
  subscribe(listener: WorkbookListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(change: WorkbookChange): void {
    this.changes++;
    for (const listener of [...this.listeners]) listener(change);
  }

  private sheet(name: string): SheetModel | undefined {
    const key = name.toUpperCase();
    return this.data.sheets.find((s) => s.name.toUpperCase() === key);
  }

  private requireSheet(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw new WorkbookError("SHEET_NOT_FOUND", { sheet: name });
    return sheet;
  }

  /**
   * A user's edit of one cell (zero-based row and column): a value, a formula
   * ({ formula } or text starting with "="), or "" to empty it. Recalculates.
   * @throws WorkbookError when the sheet does not exist
   */
  setCell(sheet: string, row: number, column: number, input: CellInput): void {
    const model = this.requireSheet(sheet);
    if (!isCellIndex(row, MAX_ROWS) || !isCellIndex(column, MAX_COLUMNS)) {
      throw new WorkbookError("ADDRESS_INVALID", { address: `row ${row}, column ${column}` });
    }
    this.calculation.beforeEdit(model.name, row, column);
    const cells = model.cells;
    while (cells.length <= row) cells.push([]);
    const line = cells[row];
    while (line.length < column) line.push({ value: "" });
    const next = cellFromInput(input);
    const old = line[column];
    if (old?.numberFormat !== undefined) next.numberFormat = old.numberFormat;
    if (old?.bold !== undefined) next.bold = old.bold;
    line[column] = next;
    this.calculation.afterEdit(model.name, row, column);
    this.stats = this.calculation.recalculate();
    this.changed({ kind: "cells", sheets: [model.name] });
  }

  /** Selects a range, e.g. select("Data", "A1:H480"), or whole columns: select("Data", "A:U"). */
  select(sheet: string, address: string): void {
    const model = this.requireSheet(sheet);
    let range: RangeRef;
    try {
      range = parseSelectionAddress(address);
    } catch {
      throw new WorkbookError("ADDRESS_INVALID", { address });
    }
    this.data.selection = { sheet: model.name, address: formatAddress(range.start, range.end) };
    this.changed({ kind: "selection", sheets: [model.name] });
  }

  /**
   * Adds a sheet at the end (e.g. an imported one), with optional rows from A1.
   * @throws WorkbookError when the name is taken or invalid
   */
  addSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellInput>> = []): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) throw new WorkbookError("SHEET_EXISTS", { sheet: name });
    const sheet = sheetFromRows(name, rows);
    this.data.sheets.push(sheet);
    this.calculation.attachSheet(sheet);
    this.stats = this.calculation.recalculate();
    this.changed({ kind: "sheets", sheets: [name] });
    return sheet;
  }

  /** Removes a sheet (formulas referring to it show #REF!). */
  removeSheet(name: string): void {
    const sheet = this.requireSheet(name);
    this.data.sheets.splice(this.data.sheets.indexOf(sheet), 1);
    this.calculation.detachSheet(sheet.name);
    if (this.data.selection?.sheet.toUpperCase() === sheet.name.toUpperCase()) delete this.data.selection;
    this.stats = this.calculation.recalculate();
    this.changed({ kind: "sheets", sheets: [sheet.name] });
  }

  /** Recomputes every formula (e.g. after changing the model directly). */
  recalculate(): RecalcStats {
    this.stats = this.calculation.recalculate();
    this.changed({ kind: "cells", sheets: this.data.sheets.map((s) => s.name) });
    return this.stats;
  }

  async readSelection(): Promise<DataBlock> {
    const selection = this.data.selection;
    if (!selection) throw new WorkbookError("NO_SELECTION");
    const sheet = this.sheet(selection.sheet);
    if (!sheet) throw new WorkbookError("NO_SELECTION");
    return this.block(sheet, selection.address, { kind: "selection", sheet: sheet.name, address: selection.address });
  }

  async listTables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    for (const sheet of this.data.sheets) {
      for (const table of sheet.tables) {
        const range = parseAddress(table.address);
        tables.push({
          name: table.name,
          sheet: sheet.name,
          address: table.address,
          rows: range.end.row - range.start.row,
          columns: range.end.column - range.start.column + 1,
        });
      }
    }
    return tables;
  }

  async readTable(name: string): Promise<DataBlock> {
    const key = name.toUpperCase();
    for (const sheet of this.data.sheets) {
      const table = sheet.tables.find((t) => t.name.toUpperCase() === key);
      if (table) {
        return this.block(sheet, table.address, {
          kind: "table",
          sheet: sheet.name,
          address: table.address,
          table: table.name,
        });
      }
    }
    throw new WorkbookError("TABLE_NOT_FOUND", { table: name });
  }

  /**
   * The used part of a range (as Excel's Range.getUsedRangeOrNullObject(true) gives it), its size
   * checked before anything is copied, with its first row as headers.
   */
  private block(sheet: SheetModel, address: string, source: DataBlock["source"]): DataBlock {
    const used = usedBox(sheet, parseSelectionAddress(address));
    if (!used) throw new WorkbookError("SELECTION_EMPTY", { address });
    const { start, end } = used;
    const width = end.column - start.column + 1;
    const usedAddress = formatAddress(start, end);
    checkReadSize(usedAddress, end.row - start.row + 1, width);
    const read = (r: number): CellValue[] => {
      const row = sheet.cells[r];
      const out: CellValue[] = new Array(width);
      for (let c = 0; c < width; c++) out[c] = valueOf(row?.[start.column + c]);
      return out;
    };
    const headers = read(start.row).map((v) => String(v));
    const rows: CellValue[][] = new Array(end.row - start.row);
    for (let r = start.row + 1; r <= end.row; r++) rows[r - start.row - 1] = read(r);
    return { source: { ...source, address: usedAddress }, headers, rows };
  }

  async listSheets(): Promise<string[]> {
    return this.data.sheets.map((s) => s.name);
  }

  async sheetState(name: string): Promise<SheetState> {
    return (await this.checkSheet(name)).state;
  }

  /** The whole sheet against what the add-in left there (footprint.ts), as Excel's adapter compares it. */
  async checkSheet(name: string): Promise<SheetReport> {
    const sheet = this.sheet(name);
    if (!sheet) return { state: "absent", changes: [] };
    const signature = signatureFor(this.data.settings[OWNED_SHEETS_KEY], name);
    if (!signature) return { state: "foreign", changes: [] };
    const check = new FootprintCheck(
      signature,
      (sheet.spills ?? []).map((s) => s.address),
    );
    check.objects(
      "table",
      sheet.tables.map((t) => t.name),
    );
    check.objects(
      "chart",
      sheet.charts.map((c) => c.name),
    );
    check.objects(
      "shape",
      (sheet.pictures ?? []).map((p) => p.name),
    );
    const line: unknown[] = [];
    const rows = Math.max(sheet.cells.length, check.lastRow + 1);
    for (let r = 0; r < rows; r++) {
      const row = sheet.cells[r] ?? [];
      line.length = row.length;
      // As Range.formulas reads them: a formula's text, else the value.
      for (let c = 0; c < row.length; c++) line[c] = row[c] === undefined ? "" : (row[c].formula ?? row[c].value);
      check.row(r, line);
    }
    return check.report();
  }

  async writeSheets(sheets: OutputSheet[]): Promise<void> {
    const layouts = sheets.map(layoutSheet);
    const existing = this.data.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, sheet: s.name })));
    checkTableNames(layouts, existing);
    checkChartSheets(
      layouts,
      this.data.sheets.map((s) => s.name),
    );
    for (const layout of layouts) {
      const model = buildSheet(layout);
      const old = this.sheet(model.name);
      if (old) {
        this.calculation.detachSheet(old.name);
        this.data.sheets[this.data.sheets.indexOf(old)] = model;
      } else this.data.sheets.push(model);
      this.calculation.attachSheet(model);
      if (layout.sheet.activate) this.data.selection = { sheet: model.name, address: "A1" };
    }
    this.stats = this.calculation.recalculate();
    this.data.settings[OWNED_SHEETS_KEY] = withSignatures(
      this.data.settings[OWNED_SHEETS_KEY],
      layouts.map((layout) => ({ sheet: layout.sheet.name, signature: signatureOfLayout(layout) })),
    );
    this.changed({ kind: "sheets", sheets: layouts.map((l) => l.sheet.name) });
  }

  /** The picture on the sheet (a copy), replacing one of the same name; its name joins the sheet's signature. */
  async placePicture(sheet: string, picture: PictureSpec): Promise<void> {
    const model = this.requireSheet(sheet);
    pictureCell(picture);
    const name = picture.name.toUpperCase();
    model.pictures = [...(model.pictures ?? []).filter((p) => p.name.toUpperCase() !== name), jsonCopy(picture)];
    const owned = withShape(this.data.settings[OWNED_SHEETS_KEY], model.name, picture.name);
    if (owned) this.data.settings[OWNED_SHEETS_KEY] = owned;
    this.changed({ kind: "pictures", sheets: [model.name] });
  }

  async loadSetting<T>(key: string): Promise<T | undefined> {
    const value = this.data.settings[key];
    return value === undefined || value === null ? undefined : jsonCopy(value as T);
  }

  async saveSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) delete this.data.settings[key];
    else this.data.settings[key] = jsonCopy(value);
    this.changed({ kind: "settings", sheets: [] });
  }
}
