import type { GroupCode } from "../engine/groups";
import { InputError, inputMessages } from "./errors";
import { type Cell, asMatrix, isBlank, padRows, readColumns, readTable, tableColumns } from "./inputs";

/**
 * Reading one-dimensional arguments (a column of values, a column of group
 * codes, a single number or flag) and shaping results back into the
 * orientation the user gave. Conventions as in inputs.ts: null and "" are
 * missing (NaN), 0 is a real 0, text and booleans in data are refused.
 */

const VALUE = "#VALUE!" as CustomFunctions.ErrorCode;

/** A one-column or one-row range read as a list of numbers. */
export interface Vector {
  readonly values: Float64Array;
  /** "row" when the user gave one row of several cells: results spill across. */
  readonly orientation: "column" | "row";
}

/**
 * A one-column or one-row range (or a single value) as numbers, blanks NaN.
 * @throws InputError for a range with several rows and several columns, or a cell with text or a boolean
 */
export function readVector(arg: unknown, argument: string): Vector {
  const columns = readColumns(arg, argument);
  if (columns.length === 0) return { values: new Float64Array(0), orientation: "column" };
  if (columns.length === 1) return { values: columns[0], orientation: "column" };
  if (columns[0].length === 1) return { values: Float64Array.from(columns, (c) => c[0]), orientation: "row" };
  throw new InputError(VALUE, inputMessages().vectorShape(argument));
}

/**
 * The values of one area per cell, for functions that spill one result per
 * area: a column loses its trailing blank rows (a whole-column reference such
 * as =MDI.RANK(B:B) sends 1,048,576 rows, nearly all empty), and `height`
 * keeps the rows as given so shapeVector can pad the result back with blanks.
 * @throws InputError as readVector
 */
export function readAreaVector(arg: unknown, argument: string): Vector & { readonly height: number } {
  const table = readTable(arg, argument);
  if (table.columnCount === 1) return { values: tableColumns(table)[0], orientation: "column", height: table.height };
  const vector = readVector(arg, argument);
  return { ...vector, height: vector.values.length };
}

/**
 * One result per element of a vector, spilled in the vector's orientation;
 * a column is padded with "" (blank) from `length` to `height` rows.
 */
export function shapeVector<T>(
  length: number,
  orientation: Vector["orientation"],
  cell: (i: number) => T,
  height = length,
): (T | string)[][] {
  if (orientation === "row") return [Array.from({ length }, (_, i) => cell(i))];
  const out: (T | string)[][] = new Array(height);
  for (let i = 0; i < length; i++) out[i] = [cell(i)];
  return padRows(out, length, 1);
}

/**
 * Group codes cut to the areas of a vector whose trailing blank rows were left out (both ranges
 * whole columns): the codes of rows that are not areas take no part.
 */
export function alignGroups<T>(codes: T[] | null, vector: { values: ArrayLike<number>; height: number }): T[] | null {
  if (codes && codes.length === vector.height && vector.height > vector.values.length) {
    return codes.slice(0, vector.values.length);
  }
  return codes;
}

/**
 * Every cell of a range, row by row, as Excel's CORREL reads it: numbers kept,
 * blanks, text and booleans as NaN (so the pair they are in is dropped).
 */
export function readNumbersLeniently(arg: unknown, argument: string): Float64Array {
  if (!Array.isArray(arg)) return Float64Array.of(typeof arg === "number" ? arg : NaN);
  // Read straight from Excel's rows (no copy of the million-row array first), with asMatrix's shape rules.
  const rows = arg as unknown[];
  const first = rows[0];
  const width = rows.length === 0 ? 0 : Array.isArray(first) ? first.length : 1;
  const out = new Float64Array(rows.length * width);
  let k = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) {
      if (width !== 1) throw new InputError(VALUE, inputMessages().ragged(argument));
      out[k++] = typeof row === "number" ? row : NaN;
      continue;
    }
    if (row.length !== width) throw new InputError(VALUE, inputMessages().ragged(argument));
    for (let c = 0; c < width; c++) {
      const cell: unknown = row[c];
      out[k++] = typeof cell === "number" ? cell : NaN;
    }
  }
  return out;
}

/**
 * Optional group codes (one row or one column): text or numbers; blanks mean
 * "no group". Returns null when omitted or a single empty cell.
 * @throws InputError for a boolean code or a 2-D range
 */
export function readGroups(arg: unknown, argument: string): GroupCode[] | null {
  if (arg === null || arg === undefined) return null;
  const matrix = asMatrix(arg, argument);
  if (matrix.length === 0) return null;
  let cells: Cell[];
  if (matrix[0].length === 1) cells = matrix.map((row) => row[0]);
  else if (matrix.length === 1) cells = matrix[0];
  else throw new InputError(VALUE, inputMessages().vectorShape(argument));
  if (cells.length === 1 && isBlank(cells[0])) return null; // one empty cell: the argument was left empty
  return cells.map((cell, row) => {
    if (isBlank(cell)) return null;
    if (typeof cell === "number" || typeof cell === "string") return cell;
    throw new InputError(VALUE, inputMessages().groupCode(argument, row, String(cell)));
  });
}

/** The single cell of a 1 × 1 range, or the scalar itself. */
function single(arg: unknown, argument: string): unknown {
  if (!Array.isArray(arg)) return arg;
  const matrix = asMatrix(arg, argument);
  if (matrix.length === 0) return null;
  if (matrix.length === 1 && matrix[0].length === 1) return matrix[0][0];
  throw new InputError(VALUE, inputMessages().notSingle(argument));
}

/**
 * An optional single number (quantiles, direction); null when omitted or blank.
 * @throws InputError for text, a boolean or a range of several cells
 */
export function readOptionalNumber(arg: unknown, argument: string): number | null {
  const value = single(arg, argument);
  if (isBlank(value as Cell)) return null;
  if (typeof value === "number") return value;
  throw new InputError(VALUE, inputMessages().expectedNumber(argument));
}

/**
 * An optional TRUE/FALSE; omitted or blank is FALSE, and a number counts as
 * Excel counts it (0 = FALSE, anything else TRUE).
 * @throws InputError for text or a range of several cells
 */
export function readFlag(arg: unknown, argument: string): boolean {
  const value = single(arg, argument);
  if (isBlank(value as Cell)) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  throw new InputError(VALUE, inputMessages().expectedFlag(argument));
}

/**
 * An optional method name; null when omitted or blank.
 * @throws InputError for a number, a boolean or a range of several cells
 */
export function readMethod(arg: unknown, argument: string, example: string): string | null {
  const value = single(arg, argument);
  if (isBlank(value as Cell)) return null;
  if (typeof value === "string") return value;
  throw new InputError(VALUE, inputMessages().expectedMethod(argument, example));
}
