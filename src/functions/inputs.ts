import type { ColumnSource } from "../engine/columns";
import { InputError, inputMessages } from "./errors";

/**
 * Reading Excel's arguments. Excel sends a range as a row-major 2-D array of
 * numbers, strings, booleans and blanks; desktop Excel may send an empty cell
 * as 0 and Excel on the web as null; a cell made empty by a formula is "".
 *
 * Conventions (docs/functions.md states them for users):
 * - null and "" are missing values (NaN in the engine); a 0 is a real 0,
 *   because the add-in cannot tell desktop's "empty" 0 from a typed 0.
 * - text and booleans in data ranges are refused with the cell named, never
 *   parsed (a Dutch "3,5" typed as text is text).
 */
export type Cell = number | string | boolean | null | undefined;

const VALUE = "#VALUE!" as CustomFunctions.ErrorCode;

function describe(cell: Cell): string {
  return typeof cell === "string" ? cell : String(cell);
}

/** A 2-D argument as a checked rectangle (a scalar becomes 1 × 1). */
export function asMatrix(arg: unknown, argument: string): Cell[][] {
  if (!Array.isArray(arg)) return [[arg as Cell]];
  const rows = arg as unknown[];
  if (rows.length === 0) return [];
  const matrix = rows.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
  const width = matrix[0].length;
  for (const row of matrix) {
    if (row.length !== width) throw new InputError(VALUE, inputMessages().ragged(argument));
  }
  return matrix;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/**
 * A data range as one Float64Array per column, blanks as NaN.
 * @throws InputError naming the first cell that holds text or a boolean
 */
export function readColumns(arg: unknown, argument: string): Float64Array[] {
  if (!Array.isArray(arg)) return readColumns([[arg]], argument);
  const rows = arg as unknown[];
  const height = rows.length;
  if (height === 0) return [];
  const first = rows[0];
  const width = Array.isArray(first) ? first.length : 1;
  const columns: Float64Array[] = [];
  for (let c = 0; c < width; c++) columns.push(new Float64Array(height));
  // One pass, row by row as Excel sends the range; no copy of the rows.
  for (let r = 0; r < height; r++) {
    const rowValue = rows[r];
    const row = (Array.isArray(rowValue) ? rowValue : [rowValue]) as Cell[];
    if (row.length !== width) throw new InputError(VALUE, inputMessages().ragged(argument));
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell === "number") columns[c][r] = cell;
      else if (isBlank(cell)) columns[c][r] = NaN;
      else throw new InputError(VALUE, inputMessages().notNumber(argument, r, c, describe(cell)));
    }
  }
  return columns;
}

/**
 * A data range as Excel sent it, checked, and read one column at a time.
 * `rowCount` leaves out the trailing rows whose every cell is blank: a
 * whole-column reference (=MDI.SCORE(B:H)) sends all 1,048,576 rows, nearly
 * all empty, and those are not areas. Rows that are blank in the middle stay
 * (they are areas with missing values). `height` is the number of rows as
 * given, so the result can be padded back to the shape of the input.
 */
export interface ExcelTable extends ColumnSource {
  readonly height: number;
}

/**
 * Checks a data range in one row-by-row pass (the same refusals as
 * readColumns, in the same order) and returns it as an ExcelTable. Columns are
 * copied out of Excel's row arrays only when asked for, into the caller's
 * buffer: the range is never held twice.
 * @throws InputError for ragged rows or a cell with text or a boolean
 */
export function readTable(arg: unknown, argument: string): ExcelTable {
  const given = Array.isArray(arg) ? (arg as unknown[]) : [[arg]];
  const rows = given.some((row) => !Array.isArray(row))
    ? given.map((row) => (Array.isArray(row) ? row : [row]))
    : (given as Cell[][]);
  const height = rows.length;
  const width = height ? (rows[0] as Cell[]).length : 0;
  let used = 0;
  for (let r = 0; r < height; r++) {
    const row = rows[r] as Cell[];
    if (row.length !== width) throw new InputError(VALUE, inputMessages().ragged(argument));
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell === "number") used = r + 1;
      else if (!isBlank(cell)) throw new InputError(VALUE, inputMessages().notNumber(argument, r, c, describe(cell)));
    }
  }
  return {
    height,
    rowCount: used,
    columnCount: width,
    readColumn(column, out) {
      for (let r = 0; r < used; r++) {
        const cell = (rows[r] as Cell[])[column];
        out[r] = typeof cell === "number" ? cell : NaN;
      }
    },
  };
}

/**
 * The optional `reference` of DOMAIN and NORMALIZE (fixed goalposts): the same columns for a base period,
 * any number of rows, blanks as missing values; null when left out.
 * @throws InputError for text in a cell, or a number of columns other than `columns`
 */
export function readReference(arg: unknown, argument: string, columns: number): Float64Array[] | null {
  if (arg === null || arg === undefined) return null;
  const reference = readColumns(arg, argument);
  if (reference.length === 0) return null;
  if (reference.length !== columns) {
    throw new InputError(VALUE, inputMessages().referenceColumns(argument, columns, reference.length));
  }
  return reference;
}

/** The columns of an ExcelTable's used rows (for functions that need them all at once). */
export function tableColumns(table: ExcelTable): Float64Array[] {
  return Array.from({ length: table.columnCount }, (_, c) => {
    const column = new Float64Array(table.rowCount);
    table.readColumn(c, column);
    return column;
  });
}

/**
 * An optional vector argument (one row or one column) as numbers, or null
 * when omitted. Blank cells inside a given vector are refused, and so is a
 * range that is blank throughout: weights pointed at empty cells must not
 * silently become the default (equal weights).
 */
export function readNumberVector(arg: unknown, argument: string): number[] | null {
  if (arg === null || arg === undefined) return null;
  const matrix = asMatrix(arg, argument);
  if (matrix.length === 0) return null;
  let cells: Cell[];
  if (matrix.length === 1) cells = matrix[0];
  else if (matrix[0].length === 1) cells = matrix.map((row) => row[0]);
  else throw new InputError(VALUE, inputMessages().vectorShape(argument));
  if (cells.every(isBlank)) {
    // One empty cell counts as the argument left out (docs/functions.md); a blank range of several does not.
    if (cells.length === 1) return null;
    throw new InputError(VALUE, inputMessages().allBlank(argument));
  }
  return cells.map((cell, i) => {
    if (typeof cell === "number") return cell;
    throw new InputError(
      VALUE,
      inputMessages().notNumber(
        argument,
        matrix.length === 1 ? 0 : i,
        matrix.length === 1 ? i : 0,
        isBlank(cell) ? "" : describe(cell),
      ),
    );
  });
}

/** An optional text argument; null/"" when omitted. */
export function readText(arg: unknown, argument: string): string | null {
  if (arg === null || arg === undefined || arg === "") return null;
  if (Array.isArray(arg)) {
    const matrix = asMatrix(arg, argument);
    if (matrix.length === 1 && matrix[0].length === 1) return readText(matrix[0][0], argument);
    throw new InputError(VALUE, inputMessages().notSingle(argument));
  }
  if (typeof arg !== "string") throw new InputError(VALUE, inputMessages().notText(argument));
  return arg;
}

/**
 * Shapes a column of results as Excel's spilled column: NaN never reaches a
 * cell. With `height` above values.length the rows after the results are ""
 * (blank), so the spill keeps the shape of an input whose trailing blank rows
 * were left out.
 */
export function toColumn(
  values: ArrayLike<number>,
  missing: (row: number) => CustomFunctions.Error,
  height = values.length,
): (number | string | CustomFunctions.Error)[][] {
  const out: (number | string | CustomFunctions.Error)[][] = new Array(height);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = [Number.isFinite(v) ? v : missing(i)];
  }
  return padRows(out, values.length, 1);
}

/**
 * Shapes result columns as Excel's spill, one row per area and one cell per column (toColumn for several):
 * NaN never reaches a cell, `missing` gives the error for it; rows after the results are blank up to `height`.
 * Each row is made once at its full width (a row grown cell by cell is copied as it grows).
 */
export function toRows(
  columns: readonly ArrayLike<number>[],
  missing: (row: number, column: number) => CustomFunctions.Error,
  height = columns.length ? columns[0].length : 0,
): (number | string | CustomFunctions.Error)[][] {
  if (columns.length === 1) return toColumn(columns[0], (row) => missing(row, 0), height);
  const rows = columns.length ? columns[0].length : 0;
  const width = columns.length;
  const out: (number | string | CustomFunctions.Error)[][] = new Array(height);
  for (let r = 0; r < rows; r++) {
    const row: (number | CustomFunctions.Error)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const v = columns[c][r];
      row[c] = Number.isFinite(v) ? v : missing(r, c);
    }
    out[r] = row;
  }
  return padRows(out, rows, width);
}

/**
 * Columns read with readColumns, without the trailing rows that are blank in every column (a whole-column
 * reference such as =MDI.STACK(B:H) sends all 1,048,576 rows: the empty ones are no areas), and the number
 * of rows as given, to pad the result back to the input's shape with blanks (padRows).
 */
export function usedRows(columns: Float64Array[]): { columns: Float64Array[]; height: number } {
  const height = columns.length ? columns[0].length : 0;
  let used = height;
  while (used > 0 && columns.every((column) => column[used - 1] !== column[used - 1])) used--;
  return { columns: used === height ? columns : columns.map((column) => column.subarray(0, used)), height };
}

/** `rows` followed by blank rows of `width` cells up to `length` rows in all. */
export function paddedTo<T>(rows: (T | string)[][], length: number, width: number): (T | string)[][] {
  const from = rows.length;
  rows.length = Math.max(from, length);
  return padRows(rows, from, width);
}

/** Fills rows [from, out.length) with `width` blank cells: the rows left out as trailing blanks. */
export function padRows<T>(out: (T | string)[][], from: number, width: number): (T | string)[][] {
  for (let i = from; i < out.length; i++) out[i] = width === 1 ? [""] : new Array<string>(width).fill("");
  return out;
}
