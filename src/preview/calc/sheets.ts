import { formatAddress, quoteSheetName, type Cell, type SheetModel } from "../../workbook/model";
import type { Expr } from "./expr";

/**
 * The recalculation's view of a workbook: per sheet, its formula cells
 * indexed by row and column, and the sheets by the names formulas use.
 */

/** Where a formula is in the recalculation: not reached, its inputs being computed, computed. */
export const PENDING = 0;
export const VISITING = 1;
export const DONE = 2;

/** A rectangle of cells, zero-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && column >= rect.c0 && column <= rect.c1;
}

export function rectAddress(rect: Rect): string {
  return formatAddress({ row: rect.r0, column: rect.c0 }, { row: rect.r1, column: rect.c1 });
}

export interface FormulaCell {
  sheet: SheetCalc;
  row: number;
  column: number;
  /** The model's cell (its `formula` is the text, its `value` the result). */
  cell: Cell;
  /** The parsed formula; null for a one-cell reference (see `single`) and for what is not computed. */
  expr: Expr | null;
  /**
   * A reference to one cell (`=C2`, most formulas of a large output sheet): kept as the three
   * fields below instead of an expression, and evaluated without building a result array.
   */
  single: boolean;
  refSheet: string | undefined;
  refRow: number;
  refColumn: number;
  /** Whether the result may cover more than its own cell. */
  spills: boolean;
  state: number;
  spill: Rect | null;
  /** Ranges read while this formula was waiting for them: its spill must not land there. */
  suspects: Rect[] | null;
}

export interface SheetCalc {
  model: SheetModel;
  /** Formulas by row and column (sparse): lookups without hashing. */
  grid: Array<Array<FormulaCell | undefined> | undefined>;
  /** Every formula of the sheet, in the order they were found. */
  list: FormulaCell[];
  /** Formulas whose result may spill. */
  spilling: FormulaCell[];
  /** Formulas with a spilled result now. */
  spilled: FormulaCell[];
  pending: number;
  pendingSpilling: number;
  /** Spills were cleared: trailing rows left empty are trimmed after the recalculation. */
  trim: boolean;
}

export function newSheetCalc(model: SheetModel): SheetCalc {
  return { model, grid: [], list: [], spilling: [], spilled: [], pending: 0, pendingSpilling: 0, trim: false };
}

/** A formula cell's name in messages, e.g. 'MDI berekening'!C2. */
export function cellName(f: FormulaCell): string {
  return `${quoteSheetName(f.sheet.model.name)}!${formatAddress({ row: f.row, column: f.column })}`;
}

/** The sheets of a workbook under recalculation, found by name in any case (as in Excel). */
export class SheetIndex {
  private readonly sheets = new Map<string, SheetCalc>();
  /** Sheets by the name as a formula writes it (case as typed), filled on first use. */
  private readonly byWrittenName = new Map<string, SheetCalc | undefined>();

  get(name: string): SheetCalc | undefined {
    return this.sheets.get(name.toUpperCase());
  }

  set(calc: SheetCalc): void {
    this.sheets.set(calc.model.name.toUpperCase(), calc);
    this.byWrittenName.clear();
  }

  delete(name: string): void {
    this.sheets.delete(name.toUpperCase());
    this.byWrittenName.clear();
  }

  /** The sheet a reference in `f` names: `f`'s own when it names none, undefined when there is no such sheet. */
  of(f: FormulaCell, sheet: string | undefined): SheetCalc | undefined {
    if (sheet === undefined) return f.sheet;
    let found = this.byWrittenName.get(sheet);
    if (found === undefined && !this.byWrittenName.has(sheet)) {
      found = this.sheets.get(sheet.toUpperCase());
      this.byWrittenName.set(sheet, found);
    }
    return found;
  }
}
