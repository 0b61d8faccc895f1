import { columnLetters, parseAddress, quoteSheetName } from "../../workbook/model";
import type { DataBlock } from "../../workbook/port";

/**
 * Formula text the pane writes. Formulas are written in Excel's invariant
 * (English) syntax — "," between arguments, "{1,-1}" for a row of constants —
 * which Excel shows in the user's own language (";" in Dutch Excel).
 */

/** A number as a formula literal: at most 15 significant digits, as Excel keeps them. */
export function numberLiteral(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** A row of constants: {0.225,0.225,0.135}. */
export function arrayConstant(values: readonly number[]): string {
  return `{${values.map(numberLiteral).join(",")}}`;
}

/** A text literal with quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The data rows of one source column as an absolute reference: Data!$F$2:$F$480. */
export function sourceColumnReference(source: DataBlock["source"], column: number, rows: number): string {
  const origin = parseAddress(source.address);
  const letters = columnLetters(origin.start.column + column);
  const first = origin.start.row + 2; // one-based, below the header row
  const last = origin.start.row + 1 + rows;
  return `${quoteSheetName(source.sheet)}!$${letters}$${first}:$${letters}$${last}`;
}

/** One data cell of the source, relative: Data!B2 (for per-row references). */
export function sourceCellReference(source: DataBlock["source"], column: number, row: number): string {
  const origin = parseAddress(source.address);
  return `${quoteSheetName(source.sheet)}!${columnLetters(origin.start.column + column)}${origin.start.row + 2 + row}`;
}

/** The arguments of one domain's =MDI.DOMAIN call. */
export interface DomainArguments {
  /** One rectangular source range (a custom function takes one range per argument, not a union). */
  readonly range: string;
  readonly directions: number[];
  readonly weights: number[];
}

/**
 * The indicators of one domain as arguments of =MDI.DOMAIN: the source block
 * from the first to the last indicator column, with weight 1 on the domain's
 * indicators and weight 0 on the columns in between (which the function then
 * neither reads as indicators nor normalises). A direct range keeps empty cells
 * empty; copying or stacking columns (HSTACK) would turn them into 0 — a
 * missing value must never count as 0.
 *
 * @param columns the domain's indicator columns, ascending
 * @example domainArguments(source, [4, 6], [1, -1], 479).weights // [1, 0, 1]
 */
export function domainArguments(
  source: DataBlock["source"],
  columns: readonly number[],
  directions: readonly number[],
  rows: number,
): DomainArguments {
  const first = columns[0];
  const last = columns[columns.length - 1];
  const width = last - first + 1;
  const weights = new Array<number>(width).fill(0);
  const oriented = new Array<number>(width).fill(1);
  columns.forEach((c, i) => {
    weights[c - first] = 1;
    oriented[c - first] = directions[i];
  });
  const from = sourceColumnReference(source, first, rows);
  const to = sourceColumnReference(source, last, rows);
  const range = first === last ? from : `${from.slice(0, from.lastIndexOf(":"))}:${to.slice(to.lastIndexOf(":") + 1)}`;
  return { range, directions: oriented, weights };
}

/**
 * A source range as a custom function's input with empty cells kept empty on
 * every Excel build: IF(ISBLANK(Data!$F$2:$F$480),"",Data!$F$2:$F$480).
 * Excel on the web and new desktop builds pass an empty cell as empty, older
 * desktop builds as 0 (docs/platform.md); "" reaches the function as a blank
 * on all of them, so a suppressed CBS figure is never scored as a real 0.
 */
export function blanksKept(range: string): string {
  return `IF(ISBLANK(${range}),"",${range})`;
}

/**
 * A spilled range as another formula's input with errors read as blanks:
 * IFERROR(A2:G480,""). The functions mark an area without a score with #N/A,
 * and Excel does not call a function whose input holds an error — without
 * this, one buurt with a missing value would leave every buurt without a rank.
 */
export function errorsAsBlanks(range: string): string {
  return `IFERROR(${range},"")`;
}
