import type { CellRef } from "../../workbook/model";

/**
 * A parsed formula of the in-memory workbook: calls of the add-in's functions
 * (nested calls allowed), references, and the constants their arguments hold.
 */

/** A constant inside `{…}` or a literal argument. */
export type Constant = number | string | boolean;

export interface RangeExpr {
  kind: "range";
  /** Sheet as written (without quotes), or undefined for the formula's own sheet. */
  sheet?: string;
  start: CellRef;
  end: CellRef;
}

/** `A1#`: the whole spilled result of the formula in A1. */
export interface SpillExpr {
  kind: "spill";
  sheet?: string;
  anchor: CellRef;
}

export interface CallExpr {
  kind: "call";
  /** The name as written, e.g. "MDI.SCORE" or "mdi.score". */
  name: string;
  args: Expr[];
}

export type Expr =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  /** An array constant, row-major. */
  | { kind: "array"; rows: Constant[][] }
  /** An argument left out: `MDI.SCORE(A1:B5,,"exp")`. */
  | { kind: "omitted" }
  | RangeExpr
  | SpillExpr
  | CallExpr;

/** A reference to one cell (`=C2`, `=Data!$B$3`): most formulas of a large output sheet. */
export interface CellReference {
  /** Sheet as written, or undefined for the formula's own sheet. */
  sheet: string | undefined;
  row: number;
  column: number;
}

/** Every range and spill reference in an expression, nested calls included. */
export function referencesOf(expr: Expr, into: Array<RangeExpr | SpillExpr> = []): Array<RangeExpr | SpillExpr> {
  if (expr.kind === "range" || expr.kind === "spill") into.push(expr);
  else if (expr.kind === "call") for (const arg of expr.args) referencesOf(arg, into);
  return into;
}

/** Whether an expression's result may cover more than the formula's own cell. */
export function maySpill(expr: Expr): boolean {
  switch (expr.kind) {
    case "range":
      return expr.start.row !== expr.end.row || expr.start.column !== expr.end.column;
    case "spill":
    case "call":
      return true;
    case "array":
      return expr.rows.length > 1 || expr.rows[0].length > 1;
    default:
      return false;
  }
}
