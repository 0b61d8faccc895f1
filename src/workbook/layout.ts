import { formatAddress, parseAddress, parseCell, type CellRef, type PictureSpec, type TableModel } from "./model";
import { WorkbookError } from "./errors";
import type { CellInput, OutputSheet, OutputTable } from "./port";

/**
 * Where the contents of an OutputSheet go, checked before anything is
 * written: both workbook implementations write (and sign) exactly these
 * areas, so the in-memory workbook refuses what Excel would refuse.
 */

/** One rectangle written in one go: a table (header row + rows) or a block. */
export interface WriteArea {
  kind: "table" | "block";
  /** Zero-based top-left cell. */
  start: CellRef;
  /** Number of columns (a table: its headers; a block: its longest row). */
  width: number;
  /** Rows to write; a missing cell at the end of a row is written as "". */
  rows: ReadonlyArray<ReadonlyArray<CellInput>>;
  /** A1 address of the whole area, e.g. "A1:K480". */
  address: string;
  /** Number formats per column for the rows from `formatFrom` on ("" = General). */
  numberFormats?: string[];
  formatFrom: number;
  /** The first row is a header written in bold (blocks with `header`). */
  boldHeader: boolean;
  table?: OutputTable;
}

export interface SheetLayout {
  sheet: OutputSheet;
  areas: WriteArea[];
  tables: TableModel[];
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

/** Excel's rule for sheet names: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw new WorkbookError("SHEET_NAME_INVALID", { sheet: name });
  }
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const R1C1 = /^[Rr][0-9]*[Cc]?[0-9]*$|^[Cc][0-9]*$/;

/** Excel's rule for table names: a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell address. */
export function checkTableName(name: string): void {
  if (name.length > 255 || !TABLE_NAME.test(name) || parseCell(name) !== undefined || R1C1.test(name)) {
    throw new WorkbookError("TABLE_NAME_INVALID", { table: name });
  }
}

function topLeftOf(address: string): CellRef {
  const cell = parseCell(address.trim());
  if (!cell) throw new WorkbookError("ADDRESS_INVALID", { address });
  return cell;
}

/** Checks an address on the sheet (e.g. of a colour scale or a chart series). */
export function checkAddress(address: string): void {
  try {
    parseAddress(address);
  } catch {
    throw new WorkbookError("ADDRESS_INVALID", { address });
  }
}

/**
 * The cell at a picture's top-left corner.
 * @throws WorkbookError "ADDRESS_INVALID" when `topLeft` is not a cell on the sheet
 */
export function pictureCell(picture: PictureSpec): CellRef {
  return topLeftOf(picture.topLeft);
}

function tableArea(table: OutputTable): WriteArea {
  checkTableName(table.name);
  const seen = new Set<string>();
  for (const header of table.headers) {
    const key = String(header).trim().toLowerCase();
    if (key === "" || seen.has(key)) throw new WorkbookError("HEADER_INVALID", { table: table.name, header });
    seen.add(key);
  }
  const width = table.headers.length;
  for (const row of table.rows) {
    if (row.length > width) throw new WorkbookError("ROW_TOO_LONG", { table: table.name });
  }
  const start = topLeftOf(table.topLeft);
  // Excel gives a table without rows one empty row under its header.
  const height = 1 + Math.max(table.rows.length, 1);
  const rows: CellInput[][] = [table.headers, ...table.rows];
  return {
    kind: "table",
    start,
    width,
    rows,
    address: formatAddress(start, { row: start.row + height - 1, column: start.column + width - 1 }),
    numberFormats: table.numberFormats,
    formatFrom: 1,
    boldHeader: false,
    table,
  };
}

/**
 * The areas and tables of an output sheet, checked: valid names, unique
 * non-empty headers, rows no longer than the header, no two areas on the
 * same cell, readable addresses.
 * @throws WorkbookError naming what Excel would refuse
 */
export function layoutSheet(sheet: OutputSheet): SheetLayout {
  checkSheetName(sheet.name);
  const areas: WriteArea[] = sheet.tables.map(tableArea);
  for (const block of sheet.blocks) {
    if (block.rows.length === 0) continue;
    const start = topLeftOf(block.topLeft);
    let width = 0;
    for (const row of block.rows) if (row.length > width) width = row.length;
    if (width === 0) continue;
    areas.push({
      kind: "block",
      start,
      width,
      rows: block.rows,
      address: formatAddress(start, { row: start.row + block.rows.length - 1, column: start.column + width - 1 }),
      numberFormats: block.numberFormats,
      formatFrom: block.header ? 1 : 0,
      boldHeader: block.header === true,
    });
  }
  for (let i = 0; i < areas.length; i++) {
    const a = parseAddress(areas[i].address);
    for (let j = i + 1; j < areas.length; j++) {
      const b = parseAddress(areas[j].address);
      if (
        a.start.row <= b.end.row &&
        b.start.row <= a.end.row &&
        a.start.column <= b.end.column &&
        b.start.column <= a.end.column
      ) {
        const at = formatAddress({
          row: Math.max(a.start.row, b.start.row),
          column: Math.max(a.start.column, b.start.column),
        });
        throw new WorkbookError("AREA_OVERLAP", { sheet: sheet.name, address: at });
      }
    }
  }
  for (const format of sheet.conditionalFormats) {
    checkAddress(format.address);
    const colors = format.colors.length;
    if (colors < 2 || colors > 3 || (format.points !== undefined && format.points.length !== colors)) {
      throw new WorkbookError("FORMAT_INVALID", { address: format.address });
    }
  }
  for (const chart of sheet.charts) {
    if (chart.series.length === 0) throw new WorkbookError("CHART_EMPTY", { chart: chart.name });
    checkAddress(chart.topLeft);
    checkAddress(chart.bottomRight);
    for (const series of chart.series) {
      checkAddress(series.values);
      if (series.categories) checkAddress(series.categories);
      if (series.xValues) checkAddress(series.xValues);
    }
  }
  for (const picture of sheet.pictures ?? []) pictureCell(picture);
  const tables = areas
    .filter((a) => a.table)
    .map((a) => ({ name: (a.table as OutputTable).name, address: a.address, showBandedRows: true }));
  return { sheet, areas, tables };
}

/**
 * Checks table names across one write: unique among themselves, and not used
 * by a table on a sheet the write leaves in place (Excel's table names are
 * workbook-wide).
 * @param existing tables now in the workbook, with their sheets
 */
export function checkTableNames(layouts: SheetLayout[], existing: Array<{ name: string; sheet: string }>): void {
  const replaced = new Set(layouts.map((l) => l.sheet.name.toUpperCase()));
  const taken = new Map<string, string>();
  for (const t of existing) if (!replaced.has(t.sheet.toUpperCase())) taken.set(t.name.toUpperCase(), t.sheet);
  const written = new Set<string>();
  for (const layout of layouts) {
    for (const table of layout.tables) {
      const key = table.name.toUpperCase();
      if (written.has(key)) throw new WorkbookError("TABLE_NAME_DUPLICATE", { table: table.name });
      written.add(key);
      const other = taken.get(key);
      if (other !== undefined) throw new WorkbookError("TABLE_NAME_TAKEN", { table: table.name, otherSheet: other });
    }
  }
  const names = new Set<string>();
  for (const layout of layouts) {
    const key = layout.sheet.name.toUpperCase();
    if (names.has(key)) throw new WorkbookError("SHEET_EXISTS", { sheet: layout.sheet.name });
    names.add(key);
  }
}

/**
 * Checks that every sheet a chart series names exists or is written in the
 * same call (Excel would refuse the chart half-way through the write).
 * @param sheets names of the sheets in the workbook now
 */
export function checkChartSheets(layouts: SheetLayout[], sheets: string[]): void {
  const known = new Set([...sheets, ...layouts.map((l) => l.sheet.name)].map((n) => n.toUpperCase()));
  for (const layout of layouts) {
    for (const chart of layout.sheet.charts) {
      for (const series of chart.series) {
        for (const address of [series.values, series.categories, series.xValues]) {
          const sheet = address === undefined ? undefined : parseAddress(address).sheet;
          if (sheet !== undefined && !known.has(sheet.toUpperCase()))
            throw new WorkbookError("SHEET_NOT_FOUND", { sheet });
        }
      }
    }
  }
}
