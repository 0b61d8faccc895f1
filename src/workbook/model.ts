/**
 * The plain-data model of a workbook, shared by the in-memory workbook (tests,
 * browser preview), the xlsx/csv import and export of the preview, and the
 * preview's grid and charts. No Office.js here.
 */

/** A cell's value as Excel's Range.values gives it: "" for an empty cell. */
export type CellValue = number | string | boolean;

/** An Excel error shown in a cell (e.g. from a formula). */
export interface CellError {
  error: string; // "#N/A", "#VALUE!", …
  message?: string;
}

export interface Cell {
  /** The displayed value (a formula's computed value); "" when empty. */
  value: CellValue | CellError;
  /** The formula, with leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format, e.g. "0.000" or "0%". */
  numberFormat?: string;
  /** Bold text (header rows of blocks the add-in writes). */
  bold?: boolean;
}

/** A colour scale on a range (Excel conditional format, 2 or 3 colours). */
export interface ColorScaleFormat {
  kind: "colorScale";
  /** A1 address on the sheet, without the sheet name, e.g. "F2:F480". */
  address: string;
  /** Colours from the lowest to the highest value, "#rrggbb". */
  colors: string[];
  /**
   * The values the colours stand for (same length as `colors`), e.g. [1, 10] for deciles;
   * absent: lowest value, (50th percentile,) highest value.
   */
  points?: number[];
}

export type ConditionalFormat = ColorScaleFormat;

/** What the task pane asks Excel to draw; the preview draws the same from this. */
export interface ChartSpec {
  /** Unique on its sheet; re-running replaces the chart with the same name. */
  name: string;
  type: "ColumnClustered" | "ColumnStacked" | "BarClustered" | "XYScatter" | "Line" | "Radar";
  title: string;
  /** Series, each with A1 addresses on the chart's sheet (or "'Sheet'!A1:A10"). */
  series: Array<{ name: string; values: string; categories?: string; xValues?: string }>;
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Top-left and bottom-right cells the chart covers, e.g. "J2" and "Q20". */
  topLeft: string;
  bottomRight: string;
}

/**
 * A picture the add-in places on a sheet (the map step's map): an SVG image
 * drawn over the cells from `topLeft`. Excel adds it with shapes.addSvg
 * (ExcelApi 1.9); the preview draws it over its grid and exports it as an image.
 */
export interface PictureSpec {
  /** Unique on its sheet; placing a picture of the same name replaces it. */
  name: string;
  /** A standalone SVG document with its width and height set. */
  svg: string;
  /** The cell at the picture's top-left corner, e.g. "N2". */
  topLeft: string;
  /** Size in points. */
  width: number;
  height: number;
  /** Alternative text (Excel's alt text): what the picture shows, for screen readers. */
  description: string;
}

export interface TableModel {
  name: string;
  /** A1 address of the whole table including its header row, e.g. "A1:F480". */
  address: string;
  showBandedRows?: boolean;
}

/** How a sheet prints: the briefing is laid out to fit one page. */
export interface PageSetup {
  orientation?: "portrait" | "landscape";
  /** Scale to this many pages wide and tall (1 × 1 = one page). */
  fitToPagesWide?: number;
  fitToPagesTall?: number;
}

export interface SheetModel {
  name: string;
  /** Row-major cells of the used range starting at A1; rows may be shorter than the widest row. */
  cells: Cell[][];
  tables: TableModel[];
  charts: ChartSpec[];
  conditionalFormats: ConditionalFormat[];
  /** Column widths in characters, by column index (optional). */
  columnWidths?: number[];
  /** Rows frozen at the top (header). */
  frozenRows?: number;
  /** Print layout, when the add-in set one. */
  pageSetup?: PageSetup;
  /** Pictures over the cells (the map). */
  pictures?: PictureSpec[];
  visible?: boolean;
  /**
   * Where formulas spilled their results (dynamic arrays), kept up to date by the in-memory
   * workbook: the cells in `address` other than `anchor` hold values the formula at `anchor`
   * computed, not values of their own (an export writes only the anchor's formula there).
   */
  spills?: SpillArea[];
}

/** A formula's spilled result: its anchor cell and the whole area, e.g. "C2" and "C2:C480". */
export interface SpillArea {
  anchor: string;
  address: string;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Document settings (Office.context.document.settings), as JSON values. */
  settings: Record<string, unknown>;
  /** The selected range: sheet name and A1 address. */
  selection?: { sheet: string; address: string };
}

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

/** Zero-based column index → letters (0 → "A", 26 → "AA"). */
export function columnLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface CellRef {
  row: number; // zero-based
  column: number; // zero-based
}

export interface RangeRef {
  sheet?: string;
  start: CellRef;
  end: CellRef;
}

/**
 * Reads the cell at text[from, to) ("B2", "$B$2", "b2") into `into`; false when
 * it is not one (a name, or beyond XFD1048576), leaving `into` as it was. The
 * one reader of A1 cells: addresses here and references in formulas alike. It
 * reads character codes and fills the caller's object, so the hundreds of
 * thousands of references of a large sheet are read without garbage.
 */
export function readCell(text: string, from: number, to: number, into: CellRef): boolean {
  let i = from;
  if (text.charCodeAt(i) === 36) i++;
  let column = 0;
  const lettersFrom = i;
  for (; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return false;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (i === digitsFrom || i - digitsFrom > 7) return false;
  if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return false;
  into.row = row - 1;
  into.column = column - 1;
  return true;
}

/**
 * A cell like "B2" or "$B$2", or undefined when the text is not one (e.g. a name, or beyond XFD1048576).
 * @example parseCell("$H$480") // { row: 479, column: 7 }
 */
export function parseCell(text: string): CellRef | undefined {
  const cell = { row: 0, column: 0 };
  return readCell(text, 0, text.length, cell) ? cell : undefined;
}

/**
 * Parses "A1", "$B$2:$H$480", "'MDI data'!A1:C3" (rows required: no "B:B").
 * @throws Error when it is not such an address
 * @example parseAddress("'MDI data'!C3:A1") // { sheet: "MDI data", start: { row: 0, column: 0 }, end: { row: 2, column: 2 } }
 */
export function parseAddress(address: string): RangeRef {
  let sheet: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const colon = rest.indexOf(":");
  const cell = (from: number, to: number): CellRef => {
    const ref = { row: 0, column: 0 };
    if (!readCell(rest, from, to, ref))
      throw new Error(`not a cell address: "${rest.slice(from, to)}" in "${address}"`);
    return ref;
  };
  const start = cell(0, colon < 0 ? rest.length : colon);
  const end = colon < 0 ? start : cell(colon + 1, rest.length);
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

/**
 * A selection's address as Excel gives it: a range, or whole columns ("A:U", "Data!$A:$U"), which
 * cover every row of the sheet.
 * @throws Error when it is neither
 * @example parseSelectionAddress("B:D") // { start: { row: 0, column: 1 }, end: { row: 1048575, column: 3 } }
 */
export function parseSelectionAddress(address: string): RangeRef {
  const columns = /^(.*!)?\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address.trim());
  if (!columns) return parseAddress(address);
  const { sheet, start, end } = parseAddress(`${columns[1] ?? ""}${columns[2]}1:${columns[3]}${MAX_ROWS}`);
  return sheet === undefined ? { start, end } : { sheet, start, end };
}

/** "A1:C3" from zero-based corners. */
export function formatAddress(start: CellRef, end: CellRef = start): string {
  const a = `${columnLetters(start.column)}${start.row + 1}`;
  const b = `${columnLetters(end.column)}${end.row + 1}`;
  return a === b ? a : `${a}:${b}`;
}

/** A sheet name quoted for use in a formula when needed: Data → Data, "MDI data" → 'MDI data'. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
