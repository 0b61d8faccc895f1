import {
  MAX_COLUMNS,
  MAX_ROWS,
  lastRead,
  parseFormula,
  readSingleReference,
  type Expr,
  type RangeExpr,
} from "./formula";
import {
  callFunction,
  cellError,
  formulaMessages,
  isCellError,
  resolveFunction,
  resultMatrix,
  toCellValue,
} from "./functionCall";
import {
  formatAddress,
  parseAddress,
  quoteSheetName,
  type Cell,
  type CellError,
  type SheetModel,
  type WorkbookModel,
} from "./model";

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

const PENDING = 0;
const VISITING = 1;
const DONE = 2;

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

function rectAddress(rect: Rect): string {
  return formatAddress({ row: rect.r0, column: rect.c0 }, { row: rect.r1, column: rect.c1 });
}

interface FormulaCell {
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

interface SheetCalc {
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

type Matrix = unknown[][];

/** How a range is read: the value of an empty cell, and whether an error replaces the whole range. */
interface Reading {
  empty: unknown;
  stopAtError: boolean;
}

/** A function argument: empty cells as null, as Excel on the web passes them; an error is not passed on but returned. */
const AS_ARGUMENT: Reading = { empty: null, stopAtError: true };
/** A formula's own result (=B2:B10): empty cells show 0, errors stay in their cells. */
const AS_RESULT: Reading = { empty: 0, stopAtError: false };
/** IFERROR's first argument: empty cells as "", errors kept to be replaced. */
const AS_VALUES: Reading = { empty: "", stopAtError: false };

const PARSE_CACHE_LIMIT = 50_000;

function isEmpty(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.value === "" && cell.formula === undefined);
}

function isBare(cell: Cell | undefined): boolean {
  return isEmpty(cell) && cell?.numberFormat === undefined && cell?.bold === undefined;
}

/** The row array of a sheet, created (with empty rows before it) when missing. */
function rowAt(cells: Cell[][], row: number): Cell[] {
  while (cells.length <= row) cells.push([]);
  return cells[row];
}

/** Sets a cell's value, creating the cell (and empty cells before it) when missing. */
function setValue(row: Cell[], column: number, value: Cell["value"]): void {
  const cell = row[column];
  if (cell) {
    cell.value = value;
    return;
  }
  while (row.length < column) row.push({ value: "" });
  row[column] = { value };
}

export class Calculation {
  private readonly sheets = new Map<string, SheetCalc>();
  /** Sheets by the name as a formula writes it (case as typed), filled on first use. */
  private readonly byWrittenName = new Map<string, SheetCalc | undefined>();
  private readonly parsed = new Map<string, Expr | null>();
  private readonly stack: FormulaCell[] = [];
  private functionCalls = 0;
  private evaluated = 0;

  constructor(private readonly workbook: WorkbookModel) {
    for (const sheet of workbook.sheets) this.attachSheet(sheet);
  }

  /** Indexes the formulas of a sheet that was added or replaced in the model. */
  attachSheet(model: SheetModel): void {
    const calc: SheetCalc = {
      model,
      grid: [],
      list: [],
      spilling: [],
      spilled: [],
      pending: 0,
      pendingSpilling: 0,
      trim: false,
    };
    this.sheets.set(model.name.toUpperCase(), calc);
    this.byWrittenName.clear();
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
    this.sheets.delete(name.toUpperCase());
    this.byWrittenName.clear();
  }

  /**
   * Prepares an edit of one cell: clears the spill of the formula that was
   * there and the spill the cell lies in (the new content takes its place).
   * Call before changing the model, then `afterEdit`.
   */
  beforeEdit(sheetName: string, row: number, column: number): void {
    const sheet = this.sheets.get(sheetName.toUpperCase());
    if (!sheet) return;
    const own = sheet.grid[row]?.[column];
    for (const f of [...sheet.spilled]) {
      const r = f.spill as Rect;
      if (f === own || (row >= r.r0 && row <= r.r1 && column >= r.c0 && column <= r.c1)) this.clearSpill(f);
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
    const sheet = this.sheets.get(sheetName.toUpperCase());
    const cell = sheet?.model.cells[row]?.[column];
    if (sheet && cell?.formula !== undefined) this.add(sheet, row, column, cell);
  }

  private add(sheet: SheetCalc, row: number, column: number, cell: Cell): void {
    const text = cell.formula as string;
    const single = readSingleReference(text);
    const expr = single ? null : this.parse(text);
    const f: FormulaCell = {
      sheet,
      row,
      column,
      cell,
      expr,
      single,
      refSheet: single ? lastRead.sheet : undefined,
      refRow: single ? lastRead.row : 0,
      refColumn: single ? lastRead.column : 0,
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
    const result = parseFormula(text);
    const value = result.ok ? result.expr : null;
    if (this.parsed.size >= PARSE_CACHE_LIMIT) this.parsed.clear();
    this.parsed.set(text, value);
    return value;
  }

  /** Recomputes every formula of the workbook. */
  recalculate(): RecalcStats {
    const start = performance.now();
    this.functionCalls = 0;
    this.evaluated = 0;
    const order: SheetCalc[] = [];
    for (const model of this.workbook.sheets) {
      const sheet = this.sheets.get(model.name.toUpperCase());
      if (sheet) order.push(sheet);
    }
    for (const sheet of order) {
      for (const f of sheet.spilled) this.clearSpill(f, false);
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
      if (sheet.spilled.length) {
        sheet.model.spills = sheet.spilled.map((f) => ({
          anchor: formatAddress({ row: f.row, column: f.column }),
          address: rectAddress(f.spill as Rect),
        }));
      } else delete sheet.model.spills;
      if (sheet.trim) {
        const cells = sheet.model.cells;
        while (cells.length && (cells[cells.length - 1] ?? []).every(isBare)) cells.pop();
        sheet.trim = false;
      }
    }
    return {
      formulas: this.evaluated,
      functionCalls: this.functionCalls,
      spills,
      milliseconds: performance.now() - start,
    };
  }

  private clearSpill(f: FormulaCell, unlist = true): void {
    const r = f.spill;
    if (!r) return;
    const cells = f.sheet.model.cells;
    for (let i = r.r0; i <= r.r1; i++) {
      const row = cells[i];
      if (!row) continue;
      for (let j = r.c0; j <= r.c1; j++) {
        if (i === f.row && j === f.column) continue;
        const cell = row[j];
        if (cell) cell.value = "";
      }
    }
    f.spill = null;
    f.sheet.trim = true;
    if (unlist) {
      const list = f.sheet.spilled;
      list.splice(list.indexOf(f), 1);
      if (list.length) {
        f.sheet.model.spills = list.map((g) => ({
          anchor: formatAddress({ row: g.row, column: g.column }),
          address: rectAddress(g.spill as Rect),
        }));
      } else delete f.sheet.model.spills;
    }
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
        if (this.pushDependencies(f, stack)) {
          stack.length = below;
          this.finish(f, cellError("#REF!", formulaMessages().circular(this.nameOf(f))));
          stack.pop();
          continue;
        }
        if (stack.length > below) continue;
      }
      this.finish(f, this.evaluate(f));
      stack.pop();
    }
  }

  private nameOf(f: FormulaCell): string {
    return `${quoteSheetName(f.sheet.model.name)}!${formatAddress({ row: f.row, column: f.column })}`;
  }

  private sheetOf(f: FormulaCell, sheet: string | undefined): SheetCalc | undefined {
    if (sheet === undefined) return f.sheet;
    let found = this.byWrittenName.get(sheet);
    if (found === undefined && !this.byWrittenName.has(sheet)) {
      found = this.sheets.get(sheet.toUpperCase());
      this.byWrittenName.set(sheet, found);
    }
    return found;
  }

  /**
   * Pushes the unfinished formulas `f` reads. A formula counts when its cell
   * lies in a range `f` reads, or when its result may spill into that range.
   * @returns true when `f` reads a cell of a formula still waiting for `f` (a cycle)
   */
  private pushDependencies(f: FormulaCell, stack: FormulaCell[]): boolean {
    if (f.single) return this.pushForCell(f, stack);
    const expr = f.expr;
    if (!expr) return false;
    if (expr.kind === "range" || expr.kind === "spill") return this.pushFor(f, expr, stack);
    if (expr.kind !== "call") return false;
    return this.pushForArgs(f, expr.args, stack);
  }

  private pushForArgs(f: FormulaCell, args: Expr[], stack: FormulaCell[]): boolean {
    for (const arg of args) {
      if (arg.kind === "range" || arg.kind === "spill") {
        if (this.pushFor(f, arg, stack)) return true;
      } else if (arg.kind === "call" && this.pushForArgs(f, arg.args, stack)) return true;
    }
    return false;
  }

  /** pushFor for a one-cell reference: the formula in that cell, or a spill that may cover it. */
  private pushForCell(f: FormulaCell, stack: FormulaCell[]): boolean {
    const sheet = this.sheetOf(f, f.refSheet);
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

  private pushFor(f: FormulaCell, ref: RangeExpr | Extract<Expr, { kind: "spill" }>, stack: FormulaCell[]): boolean {
    const sheet = this.sheetOf(f, ref.sheet);
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

  private finish(f: FormulaCell, result: Matrix | CellError | null): void {
    this.evaluated++;
    if (result !== null) this.place(f, result);
    f.state = DONE;
    f.sheet.pending--;
    if (f.spills) f.sheet.pendingSpilling--;
  }

  /** Computes a formula: its result to place, or null when it was already written (one-cell references). */
  private evaluate(f: FormulaCell): Matrix | CellError | null {
    if (f.single) {
      const sheet = this.sheetOf(f, f.refSheet);
      if (!sheet) return cellError("#REF!", formulaMessages().noSheet(f.refSheet as string));
      f.cell.value = this.referenced(sheet, f.refRow, f.refColumn);
      return null;
    }
    const expr = f.expr;
    if (!expr) return cellError("#NAME?", formulaMessages().unsupported(`"${f.cell.formula}"`));
    switch (expr.kind) {
      case "range": {
        const sheet = this.sheetOf(f, expr.sheet);
        if (!sheet) return cellError("#REF!", formulaMessages().noSheet(expr.sheet as string));
        const { start, end } = expr;
        return this.read(sheet, start.row, start.column, end.row, end.column, AS_RESULT);
      }
      case "spill":
        return this.readSpill(f, expr, AS_RESULT);
      case "call":
        return this.call(f, expr);
      case "array":
        return expr.rows;
      case "omitted":
        return [[0]];
      default:
        return [[expr.value]];
    }
  }

  /** `=C2`: the cell's value; an empty cell reads as 0, as in Excel. */
  private referenced(sheet: SheetCalc, row: number, column: number): Cell["value"] {
    const cell = sheet.model.cells[row]?.[column];
    if (cell === undefined) return 0;
    const value = cell.value;
    if (value !== "" || cell.formula !== undefined) return value;
    for (const g of sheet.spilled) {
      const r = g.spill as Rect;
      if (row >= r.r0 && row <= r.r1 && column >= r.c0 && column <= r.c1) return "";
    }
    return 0;
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
        if (value === "") line[j] = cell.formula === undefined ? empty : "";
        else if (typeof value === "object") {
          if (how.stopAtError) return value;
          line[j] = value;
        } else line[j] = value;
      }
      out[r - r0] = line;
    }
    return out;
  }

  private readSpill(f: FormulaCell, expr: Extract<Expr, { kind: "spill" }>, how: Reading): Matrix | CellError {
    const sheet = this.sheetOf(f, expr.sheet);
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
        const sheet = this.sheetOf(f, expr.sheet);
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
        return unwrapSingle(this.values(f, arg, AS_ARGUMENT));
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

  private call(f: FormulaCell, expr: Extract<Expr, { kind: "call" }>): Matrix | CellError {
    if (expr.name.toUpperCase() === "IFERROR") return this.ifError(f, expr);
    const id = resolveFunction(expr.name);
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
   * Excel's IFERROR(value, value_if_error), element by element: the one
   * function of Excel's own the preview computes, because the add-in wraps
   * spilled results in it (IFERROR(C2:C480,"")) so that one area without a
   * score does not stop the next function. An empty cell in `value` gives ""
   * (Microsoft's IFERROR documentation: an empty cell counts as "").
   */
  private ifError(f: FormulaCell, expr: Extract<Expr, { kind: "call" }>): Matrix | CellError {
    if (expr.args.length !== 2) return cellError("#VALUE!", formulaMessages().ifErrorArguments);
    const fallbackValue = this.argument(f, expr.args[1]);
    if (Array.isArray(fallbackValue)) return cellError("#VALUE!", formulaMessages().ifErrorArguments);
    const fallback = fallbackValue === null ? "" : fallbackValue;
    const value = this.values(f, expr.args[0], AS_VALUES);
    if (isCellError(value)) return [[fallback]];
    return value.map((line) => line.map((x) => (isCellError(toErrorProbe(x)) ? fallback : x)));
  }

  /** Writes a result into the formula's cell and spills the rest (or #SPILL!). */
  private place(f: FormulaCell, result: Matrix | CellError): void {
    if (isCellError(result)) {
      f.cell.value = result;
      return;
    }
    const height = result.length;
    let width = 0;
    for (const line of result) if (line.length > width) width = line.length;
    if (height === 1 && width === 1) {
      f.cell.value = toCellValue(result[0][0]);
      return;
    }
    const rect: Rect = { r0: f.row, c0: f.column, r1: f.row + height - 1, c1: f.column + width - 1 };
    const messages = formulaMessages();
    if (rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) {
      f.cell.value = cellError("#SPILL!", messages.spillEdge(rectAddress(rect)));
      return;
    }
    for (const table of f.sheet.model.tables) {
      const t = parseAddress(table.address);
      if (intersects(rect, { r0: t.start.row, c0: t.start.column, r1: t.end.row, c1: t.end.column })) {
        f.cell.value = cellError("#SPILL!", messages.spillTable(rectAddress(rect), table.name));
        return;
      }
    }
    const blocker = this.blocker(f, rect);
    if (blocker) {
      f.cell.value = cellError("#SPILL!", messages.spill(rectAddress(rect), blocker));
      return;
    }
    if (f.suspects?.some((s) => intersects(s, rect))) {
      f.cell.value = cellError("#REF!", messages.circular(this.nameOf(f)));
      return;
    }
    const cells = f.sheet.model.cells;
    for (let i = 0; i < height; i++) {
      const line = result[i];
      const row = rowAt(cells, rect.r0 + i);
      for (let j = 0; j < width; j++) {
        // A ragged result is padded with #N/A, as Excel pads arrays of unequal rows.
        const value = j < line.length ? toCellValue(line[j]) : cellError("#N/A");
        if (i === 0 && j === 0) f.cell.value = value;
        else setValue(row, rect.c0 + j, value);
      }
    }
    f.spill = rect;
    f.sheet.spilled.push(f);
  }

  /** The first cell (A1) in the way of a spill, or undefined when the area is free. */
  private blocker(f: FormulaCell, rect: Rect): string | undefined {
    for (const g of f.sheet.spilled) {
      const r = g.spill as Rect;
      if (intersects(r, rect)) {
        return formatAddress({ row: Math.max(r.r0, rect.r0), column: Math.max(r.c0, rect.c0) });
      }
    }
    const cells = f.sheet.model.cells;
    for (let i = rect.r0; i <= rect.r1 && i < cells.length; i++) {
      const row = cells[i];
      if (!row) continue;
      for (let j = rect.c0; j <= rect.c1 && j < row.length; j++) {
        if (i === f.row && j === f.column) continue;
        if (!isEmpty(row[j])) return formatAddress({ row: i, column: j });
      }
    }
    return undefined;
  }
}

function maySpill(expr: Expr): boolean {
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

function unwrapSingle(m: Matrix | CellError): unknown {
  if (isCellError(m)) return m;
  return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
}

/** A result element that is an error, as a CellError probe (other values pass through unchanged). */
function toErrorProbe(x: unknown): unknown {
  return typeof x === "object" && x !== null ? toCellValue(x) : x;
}
