import type { Cell, CellError, SheetModel, WorkbookModel } from "../../workbook/model";
import { pushDependencies } from "./dependencies";
import { Evaluator } from "./evaluation";
import { maySpill, type CellReference, type Expr } from "./expr";
import { FormulaParser } from "./formulaParser";
import { formulaMessages } from "./formulaMessages";
import { cellError, type Matrix } from "./functionCall";
import {
  DONE,
  PENDING,
  SheetIndex,
  VISITING,
  cellName,
  contains,
  newSheetCalc,
  type FormulaCell,
  type Rect,
  type SheetCalc,
} from "./sheets";
import { clearSpill, isBare, place, publishSpills } from "./spill";

/**
 * Recalculation of the in-memory workbook with Excel's dynamic-array
 * semantics: every formula is evaluated once per recalculation, in dependency
 * order (a formula waits for the formulas whose cells or spilled results it
 * reads), its result spills from its cell into the empty cells right and
 * below (#SPILL! when one is not empty), and circular references end in a
 * CellError instead of a loop.
 *
 * Cost: parsing happens once per formula cell (and once per distinct text,
 * through a cache); a recalculation walks each formula once and each function
 * is called once per formula, however many cells its result covers.
 */

/** Statistics of the last recalculation (what a benchmark reports). */
export interface RecalcStats {
  formulas: number;
  functionCalls: number;
  spills: number;
  milliseconds: number;
}

/** Distinct formula texts whose parse is kept (an output sheet repeats a few texts; typed ones are many). */
const PARSE_CACHE_LIMIT = 50_000;

export class Calculation {
  private readonly sheets = new SheetIndex();
  private readonly parser = new FormulaParser();
  /** Where the parser reads a one-cell reference (copied into the formula's cell). */
  private readonly reference: CellReference = { sheet: undefined, row: 0, column: 0 };
  private readonly evaluator = new Evaluator(this.sheets);
  private readonly parsed = new Map<string, Expr | null>();
  private readonly stack: FormulaCell[] = [];
  private evaluated = 0;

  constructor(private readonly workbook: WorkbookModel) {
    for (const sheet of workbook.sheets) this.attachSheet(sheet);
  }

  /** Indexes the formulas of a sheet that was added or replaced in the model. */
  attachSheet(model: SheetModel): void {
    const calc = newSheetCalc(model);
    this.sheets.set(calc);
    const cells = model.cells;
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell?.formula !== undefined) this.add(calc, r, c, cell);
      }
    }
    // Values a spill left in an imported model belong to no one: the recalculation rewrites them.
    delete model.spills;
  }

  /** Forgets a sheet removed from the model (references to it become #REF!). */
  detachSheet(name: string): void {
    this.sheets.delete(name);
  }

  /**
   * Prepares an edit of one cell: clears the spill of the formula that was
   * there and the spill the cell lies in (the new content takes its place).
   * Call before changing the model, then `afterEdit`.
   */
  beforeEdit(sheetName: string, row: number, column: number): void {
    const sheet = this.sheets.get(sheetName);
    if (!sheet) return;
    const own = sheet.grid[row]?.[column];
    for (const f of [...sheet.spilled]) {
      if (f === own || contains(f.spill as Rect, row, column)) clearSpill(f);
    }
    if (own) {
      const line = sheet.grid[row];
      if (line) line[column] = undefined;
      sheet.list.splice(sheet.list.indexOf(own), 1);
      if (own.spills) sheet.spilling.splice(sheet.spilling.indexOf(own), 1);
    }
  }

  /** Indexes the cell's formula after an edit (see `beforeEdit`). */
  afterEdit(sheetName: string, row: number, column: number): void {
    const sheet = this.sheets.get(sheetName);
    const cell = sheet?.model.cells[row]?.[column];
    if (sheet && cell?.formula !== undefined) this.add(sheet, row, column, cell);
  }

  private add(sheet: SheetCalc, row: number, column: number, cell: Cell): void {
    const text = cell.formula as string;
    const ref = this.reference;
    const single = this.parser.singleReference(text, ref);
    const expr = single ? null : this.parse(text);
    const f: FormulaCell = {
      sheet,
      row,
      column,
      cell,
      expr,
      single,
      refSheet: single ? ref.sheet : undefined,
      refRow: single ? ref.row : 0,
      refColumn: single ? ref.column : 0,
      spills: expr !== null && maySpill(expr),
      state: PENDING,
      spill: null,
      suspects: null,
    };
    const line = (sheet.grid[row] ??= []);
    line[column] = f;
    sheet.list.push(f);
    if (f.spills) sheet.spilling.push(f);
  }

  /** The expression of a formula, or null when it is not computed here (parsed once per distinct text). */
  private parse(text: string): Expr | null {
    const hit = this.parsed.get(text);
    if (hit !== undefined) return hit;
    const result = this.parser.parse(text);
    const value = result.ok ? result.expr : null;
    if (this.parsed.size >= PARSE_CACHE_LIMIT) this.parsed.clear();
    this.parsed.set(text, value);
    return value;
  }

  /** Recomputes every formula of the workbook. */
  recalculate(): RecalcStats {
    const start = performance.now();
    this.evaluator.functionCalls = 0;
    this.evaluated = 0;
    const order: SheetCalc[] = [];
    for (const model of this.workbook.sheets) {
      const sheet = this.sheets.get(model.name);
      if (sheet) order.push(sheet);
    }
    for (const sheet of order) {
      for (const f of sheet.spilled) clearSpill(f, false);
      sheet.spilled = [];
      sheet.pending = sheet.list.length;
      sheet.pendingSpilling = sheet.spilling.length;
      for (const f of sheet.list) {
        f.state = PENDING;
        f.suspects = null;
      }
    }
    for (const sheet of order) {
      for (const f of sheet.list) if (f.state !== DONE) this.ensure(f);
    }
    let spills = 0;
    for (const sheet of order) {
      spills += sheet.spilled.length;
      publishSpills(sheet);
      if (sheet.trim) {
        const cells = sheet.model.cells;
        while (cells.length && (cells[cells.length - 1] ?? []).every(isBare)) cells.pop();
        sheet.trim = false;
      }
    }
    return {
      formulas: this.evaluated,
      functionCalls: this.evaluator.functionCalls,
      spills,
      milliseconds: performance.now() - start,
    };
  }

  /** Evaluates `root` after everything it reads (depth first, without recursion). */
  private ensure(root: FormulaCell): void {
    const stack = this.stack;
    stack.length = 0;
    stack.push(root);
    while (stack.length) {
      const f = stack[stack.length - 1];
      if (f.state === DONE) {
        stack.pop();
        continue;
      }
      if (f.state === PENDING) {
        f.state = VISITING;
        const below = stack.length;
        if (pushDependencies(this.sheets, f, stack)) {
          stack.length = below;
          this.finish(f, cellError("#REF!", formulaMessages().circular(cellName(f))));
          stack.pop();
          continue;
        }
        if (stack.length > below) continue;
      }
      this.finish(f, this.evaluator.evaluate(f));
      stack.pop();
    }
  }

  private finish(f: FormulaCell, result: Matrix | CellError | null): void {
    this.evaluated++;
    if (result !== null) place(f, result);
    f.state = DONE;
    f.sheet.pending--;
    if (f.spills) f.sheet.pendingSpilling--;
  }
}
