import { formatAddress, type Cell, type CellError } from "../../workbook/model";
import { ifArrays } from "./conditional";
import { emptyCellArgument } from "./emptyCells";
import type { CallExpr, Expr, SpillExpr } from "./expr";
import { formulaMessages } from "./formulaMessages";
import { callFunction, cellError, isCellError, resultMatrix, toCellValue, type Matrix } from "./functionCall";
import { FunctionNames } from "./functionNames";
import { inSpill } from "./spill";
import type { FormulaCell, SheetCalc, SheetIndex } from "./sheets";

/**
 * The value of one formula, once the formulas it reads are computed: its
 * references read as Excel reads them, the add-in's functions called as Excel
 * calls them, and IF, ISBLANK and IFERROR; other functions are #NAME?, since
 * only Excel computes them.
 */

/**
 * How a range is read: the value of an empty cell, whether an error replaces the whole range, and whether a
 * "" a spilled result left is kept as "" (it is text, not an empty cell) rather than read as empty.
 */
interface Reading {
  empty: unknown;
  stopAtError: boolean;
  spilledText?: boolean;
}

/** A function argument: empty cells as null, as Excel on the web passes them; an error is not passed on but returned. */
const AS_ARGUMENT: Reading = { empty: null, stopAtError: true };
/** A function argument as older Excel desktop builds pass it: an empty cell as 0 (`?emptyCells=zero`). */
const AS_ZERO_ARGUMENT: Reading = { empty: 0, stopAtError: true, spilledText: true };
/** ISBLANK's argument: empty cells as the marker below, everything else as it is. */
const BLANK = Symbol("blank");
const AS_BLANKS: Reading = { empty: BLANK, stopAtError: false, spilledText: true };
/** IF's arguments: as a formula reads a reference (an empty cell is 0), a spilled "" kept as "". */
const AS_BRANCH: Reading = { empty: 0, stopAtError: false, spilledText: true };
/** A formula's own result (=B2:B10): empty cells show 0, errors stay in their cells. */
const AS_RESULT: Reading = { empty: 0, stopAtError: false };
/** IFERROR's first argument: empty cells as "", errors kept to be replaced. */
const AS_VALUES: Reading = { empty: "", stopAtError: false };

function unwrapSingle(m: Matrix | CellError): unknown {
  if (isCellError(m)) return m;
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
}

/** A result element that is an error, as a CellError probe (other values pass through unchanged). */
function toErrorProbe(x: unknown): unknown {
  return typeof x === "object" && x !== null ? toCellValue(x) : x;
}

export class Evaluator {
  private readonly names = new FunctionNames();
  /** Functions called since the count was last reset. */
  functionCalls = 0;

  constructor(private readonly sheets: SheetIndex) {}

  /** Computes a formula: its result to place, or null when it was already written (one-cell references). */
  evaluate(f: FormulaCell): Matrix | CellError | null {
    if (f.single) {
      const sheet = this.sheets.of(f, f.refSheet);
      if (!sheet) return cellError("#REF!", formulaMessages().noSheet(f.refSheet as string));
      f.cell.value = referenced(sheet, f.refRow, f.refColumn);
      return null;
    }
    const expr = f.expr;
    if (!expr) return cellError("#NAME?", formulaMessages().unsupported(`"${f.cell.formula}"`));
    return this.values(f, expr, AS_RESULT);
  }

  /**
   * The values of a rectangle, read as `how` says (see Reading): empty cells
   * as its `empty` value (a formula's "" stays ""), and with `stopAtError` the
   * first error instead of the values.
   */
  private read(sheet: SheetCalc, r0: number, c0: number, r1: number, c1: number, how: Reading): Matrix | CellError {
    const cells = sheet.model.cells;
    const width = c1 - c0 + 1;
    const empty = how.empty;
    const out: Matrix = new Array(r1 - r0 + 1);
    for (let r = r0; r <= r1; r++) {
      const row = cells[r];
      const line: unknown[] = new Array(width);
      for (let j = 0; j < width; j++) {
        const cell = row?.[c0 + j];
        if (cell === undefined) {
          line[j] = empty;
          continue;
        }
        const value = cell.value;
        if (value === "") {
          line[j] = cell.formula !== undefined || (how.spilledText && inSpill(sheet, r, c0 + j)) ? "" : empty;
        } else if (typeof value === "object") {
          if (how.stopAtError) return value;
          line[j] = value;
        } else line[j] = value;
      }
      out[r - r0] = line;
    }
    return out;
  }

  private readSpill(f: FormulaCell, expr: SpillExpr, how: Reading): Matrix | CellError {
    const sheet = this.sheets.of(f, expr.sheet);
    if (!sheet) return cellError("#REF!", formulaMessages().noSheet(expr.sheet as string));
    const { row, column } = expr.anchor;
    const g = sheet.grid[row]?.[column];
    const name = formatAddress(expr.anchor);
    if (!g) return cellError("#REF!", formulaMessages().noSpill(name));
    if (isCellError(g.cell.value)) return g.cell.value;
    const r = g.spill ?? { r0: row, c0: column, r1: row, c1: column };
    return this.read(sheet, r.r0, r.c0, r.r1, r.c1, how);
  }

  /** What a range or spill reference holds, read as `how` says; other expressions as their value. */
  private values(f: FormulaCell, expr: Expr, how: Reading): Matrix | CellError {
    switch (expr.kind) {
      case "range": {
        const sheet = this.sheets.of(f, expr.sheet);
        if (!sheet) return cellError("#REF!", formulaMessages().noSheet(expr.sheet as string));
        return this.read(sheet, expr.start.row, expr.start.column, expr.end.row, expr.end.column, how);
      }
      case "spill":
        return this.readSpill(f, expr, how);
      case "call":
        return this.call(f, expr);
      case "array":
        return expr.rows;
      case "omitted":
        return [[how.empty]];
      default:
        return [[expr.value]];
    }
  }

  /** An argument as Excel passes it: a one-cell range or result as its value, larger ones as 2-D arrays. */
  private argument(f: FormulaCell, arg: Expr): unknown {
    switch (arg.kind) {
      case "omitted":
        return null;
      case "array":
        return arg.rows;
      case "range":
      case "spill":
        return unwrapSingle(this.values(f, arg, emptyCellArgument() === "zero" ? AS_ZERO_ARGUMENT : AS_ARGUMENT));
      case "call": {
        const m = this.call(f, arg);
        if (isCellError(m)) return m;
        for (const line of m) for (const x of line) if (isCellError(toErrorProbe(x))) return toCellValue(x);
        return unwrapSingle(m);
      }
      default:
        return arg.value;
    }
  }

  private call(f: FormulaCell, expr: CallExpr): Matrix | CellError {
    const upper = expr.name.toUpperCase();
    if (upper === "IFERROR" || upper === "ALS.FOUT") return this.ifError(f, expr);
    if (upper === "IF" || upper === "ALS") return this.conditional(f, expr);
    if (upper === "ISBLANK" || upper === "ISLEEG") return this.isBlank(f, expr);
    const id = this.names.resolve(expr.name);
    if (!id) {
      const messages = formulaMessages();
      const namespaced = expr.name.toUpperCase().startsWith("MDI.");
      return cellError(
        "#NAME?",
        namespaced ? messages.unknownFunction(expr.name) : messages.unsupported(`${expr.name.toUpperCase()}()`),
      );
    }
    const args: unknown[] = new Array(expr.args.length);
    for (let i = 0; i < expr.args.length; i++) {
      const value = this.argument(f, expr.args[i]);
      if (isCellError(value)) return value;
      args[i] = value;
    }
    this.functionCalls++;
    const result = callFunction(id, args);
    if (isCellError(result)) return result;
    return resultMatrix(result);
  }

  /**
   * Excel's IF(condition, value_if_true, [value_if_false]) element by element over arrays (conditional.ts).
   * References are read as a formula reads them (an empty cell is 0), so a blank source cell never reaches a
   * function through IF's branch: the guard IF(ISBLANK(r),"",r) passes "" in its place.
   */
  private conditional(f: FormulaCell, expr: CallExpr): Matrix | CellError {
    const n = expr.args.length;
    if (n < 2 || n > 3) return cellError("#VALUE!", formulaMessages().ifArguments);
    const branch = (arg: Expr | undefined, missing: unknown): Matrix =>
      arg === undefined ? [[missing]] : arg.kind === "omitted" ? [[0]] : asMatrix(this.values(f, arg, AS_BRANCH));
    return ifArrays(branch(expr.args[0], false), branch(expr.args[1], 0), branch(expr.args[2], false));
  }

  /** Excel's ISBLANK: TRUE for an empty cell (not for "" a formula or spill left), element by element. */
  private isBlank(f: FormulaCell, expr: CallExpr): Matrix | CellError {
    if (expr.args.length !== 1) return cellError("#VALUE!", formulaMessages().isBlankArguments);
    const arg = expr.args[0];
    if (arg.kind === "omitted") return [[true]];
    const value = asMatrix(this.values(f, arg, AS_BLANKS));
    const reference = arg.kind === "range" || arg.kind === "spill";
    return value.map((line) => line.map((x) => reference && x === BLANK));
  }

  /**
   * Excel's IFERROR(value, value_if_error), element by element: the one
   * function of Excel's own the preview computes, because the add-in wraps
   * spilled results in it (IFERROR(C2:C480,"")) so that one area without a
   * score does not stop the next function. An empty cell in `value` gives ""
   * (Microsoft's IFERROR documentation: an empty cell counts as "").
   */
  private ifError(f: FormulaCell, expr: CallExpr): Matrix | CellError {
    if (expr.args.length !== 2) return cellError("#VALUE!", formulaMessages().ifErrorArguments);
    const fallbackValue = this.argument(f, expr.args[1]);
    if (Array.isArray(fallbackValue)) return cellError("#VALUE!", formulaMessages().ifErrorArguments);
    const fallback = fallbackValue === null ? "" : fallbackValue;
    const value = this.values(f, expr.args[0], AS_VALUES);
    if (isCellError(value)) return [[fallback]];
    return value.map((line) => line.map((x) => (isCellError(toErrorProbe(x)) ? fallback : x)));
  }
}

/** A value that is not a range as a rectangle: a single value is 1 × 1. */
function asMatrix(value: Matrix | CellError): Matrix {
  return isCellError(value) ? [[value]] : value;
}

/** `=C2`: the cell's value; an empty cell reads as 0, as in Excel (but "" where a spilled result left it empty). */
function referenced(sheet: SheetCalc, row: number, column: number): Cell["value"] {
  const cell = sheet.model.cells[row]?.[column];
  if (cell === undefined) return 0;
  const value = cell.value;
  if (value !== "" || cell.formula !== undefined) return value;
  return inSpill(sheet, row, column) ? "" : 0;
}
