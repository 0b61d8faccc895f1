import type { Expr, RangeExpr, SpillExpr } from "./expr";
import { DONE, VISITING, type FormulaCell, type SheetIndex } from "./sheets";

/**
 * What a formula waits for: the unfinished formulas whose cells or spilled
 * results it reads. A formula counts when its cell lies in a range the
 * reader reads, or when its result may spill into that range.
 */

/**
 * Pushes onto `stack` the unfinished formulas `f` reads.
 * @returns true when `f` reads a cell of a formula still waiting for `f` (a cycle)
 */
export function pushDependencies(sheets: SheetIndex, f: FormulaCell, stack: FormulaCell[]): boolean {
  if (f.single) return pushForCell(sheets, f, stack);
  const expr = f.expr;
  if (!expr) return false;
  if (expr.kind === "range" || expr.kind === "spill") return pushFor(sheets, f, expr, stack);
  if (expr.kind !== "call") return false;
  return pushForArgs(sheets, f, expr.args, stack);
}

function pushForArgs(sheets: SheetIndex, f: FormulaCell, args: Expr[], stack: FormulaCell[]): boolean {
  for (const arg of args) {
    if (arg.kind === "range" || arg.kind === "spill") {
      if (pushFor(sheets, f, arg, stack)) return true;
    } else if (arg.kind === "call" && pushForArgs(sheets, f, arg.args, stack)) return true;
  }
  return false;
}

/** pushFor for a one-cell reference: the formula in that cell, or a spill that may cover it. */
function pushForCell(sheets: SheetIndex, f: FormulaCell, stack: FormulaCell[]): boolean {
  const sheet = sheets.of(f, f.refSheet);
  if (!sheet || sheet.pending === 0) return false;
  const row = f.refRow;
  const column = f.refColumn;
  const g = sheet.grid[row]?.[column];
  if (g !== undefined && g.state !== DONE) {
    if (g.state === VISITING) return true;
    stack.push(g);
  }
  if (sheet.pendingSpilling === 0) return false;
  for (const h of sheet.spilling) {
    if (h.state === DONE || h.row > row || h.column > column || h === g) continue;
    if (h.state === VISITING) (h.suspects ??= []).push({ r0: row, c0: column, r1: row, c1: column });
    else stack.push(h);
  }
  return false;
}

function pushFor(sheets: SheetIndex, f: FormulaCell, ref: RangeExpr | SpillExpr, stack: FormulaCell[]): boolean {
  const sheet = sheets.of(f, ref.sheet);
  if (!sheet || sheet.pending === 0) return false;
  if (ref.kind === "spill") {
    const g = sheet.grid[ref.anchor.row]?.[ref.anchor.column];
    if (!g || g.state === DONE) return false;
    if (g.state === VISITING) return true;
    stack.push(g);
    return false;
  }
  const { row: r0, column: c0 } = ref.start;
  const { row: r1, column: c1 } = ref.end;
  const grid = sheet.grid;
  if ((r1 - r0 + 1) * (c1 - c0 + 1) <= sheet.list.length) {
    for (let r = r0; r <= r1 && r < grid.length; r++) {
      const line = grid[r];
      if (line === undefined) continue;
      for (let c = c0; c <= c1 && c < line.length; c++) {
        const g = line[c];
        if (g === undefined || g.state === DONE) continue;
        if (g.state === VISITING) return true;
        stack.push(g);
      }
    }
  } else {
    for (const g of sheet.list) {
      if (g.state === DONE || g.row < r0 || g.row > r1 || g.column < c0 || g.column > c1) continue;
      if (g.state === VISITING) return true;
      stack.push(g);
    }
  }
  if (sheet.pendingSpilling === 0) return false;
  for (const g of sheet.spilling) {
    if (g.state === DONE || g.row > r1 || g.column > c1) continue;
    if (g.row >= r0 && g.column >= c0) continue; // inside: handled above
    if (g.state === VISITING) (g.suspects ??= []).push({ r0, c0, r1, c1 });
    else stack.push(g);
  }
  return false;
}
