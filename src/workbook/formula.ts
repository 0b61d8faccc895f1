import type { CellRef } from "./model";

/**
 * Parsing the formulas the in-memory workbook computes: calls of the add-in's
 * functions (`=MDI.SCORE(B2:H480, {0.225,0.225,0.135}, "exp")`, nested calls
 * allowed) and plain references (`=C2`, `='MDI berekening'!C2`, `=Data!$B$3`,
 * `=B2:B10`, `=H2#`). Formulas are in the English syntax Range.formulas stores:
 * `,` between arguments (`;` is accepted too), and in array constants `,`
 * between columns and `;` between rows.
 *
 * Anything else (arithmetic, Excel's own functions) parses to a call or to
 * "unsupported"; the evaluator reports those as #NAME?, since only Excel
 * computes them.
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

export type ParsedFormula = { ok: true; expr: Expr } | { ok: false; reason: string };

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

class FormulaSyntaxError extends Error {}

/**
 * One string instance per sheet name: thousands of formulas naming the same
 * sheet share it, and map lookups by it hash it once.
 */
const sheetNames = new Map<string, string>();
function intern(name: string): string {
  const known = sheetNames.get(name);
  if (known !== undefined) return known;
  if (sheetNames.size > 1000) sheetNames.clear();
  sheetNames.set(name, name);
  return name;
}

const NUMBER = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 46 || // .
    code === 36 || // $
    code === 92 || // \ (allowed in Excel names)
    code > 127 // letters such as ë in sheet names
  );
}

/** Where `readCell` and `readSingleReference` put what they read (reused: no garbage per formula). */
export const lastRead = { sheet: undefined as string | undefined, row: 0, column: 0 };

/**
 * Reads the cell at text[from, to) ("B2", "$B$2") into `lastRead`; false when
 * it is not one (a name, or beyond XFD1048576). Reads character codes: no
 * garbage for the hundreds of thousands of references a large sheet holds.
 */
function readCell(text: string, from: number, to: number): boolean {
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
  lastRead.row = row - 1;
  lastRead.column = column - 1;
  return true;
}

/** A cell like "B2" or "$B$2", or undefined when the text is not one (e.g. a name, or beyond XFD1048576). */
export function parseCell(text: string): CellRef | undefined {
  return readCell(text, 0, text.length) ? { row: lastRead.row, column: lastRead.column } : undefined;
}

let lastSheet = "";

/** text[from, to) as a sheet name, sharing the string of the previous formula when it names the same sheet. */
function sheetAt(text: string, from: number, to: number): string {
  if (to - from === lastSheet.length && text.startsWith(lastSheet, from)) return lastSheet;
  lastSheet = intern(text.slice(from, to));
  return lastSheet;
}

/**
 * Reads the commonest formula of a large output sheet, a single-cell
 * reference (`=C2`, `=Data!$B$3`, `='MDI berekening'!C2`), into `lastRead`
 * without the general parser and without allocating; false for anything else.
 */
export function readSingleReference(text: string): boolean {
  if (text.charCodeAt(0) !== 61) return false;
  let sheet: string | undefined;
  let i = 1;
  if (text.charCodeAt(1) === 39) {
    const close = text.indexOf("'", 2);
    if (close < 0 || text.charCodeAt(close + 1) !== 33) return false;
    sheet = sheetAt(text, 2, close);
    i = close + 2;
  } else {
    const bang = text.indexOf("!", 1);
    if (bang > 0) {
      for (let j = 1; j < bang; j++) if (!isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 36) return false;
      sheet = sheetAt(text, 1, bang);
      i = bang + 1;
    }
  }
  if (!readCell(text, i, text.length)) return false;
  lastRead.sheet = sheet;
  return true;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Expr {
    this.skipSpaces();
    if (this.s[this.i] !== "=") throw new FormulaSyntaxError("a formula starts with =");
    this.i++;
    const expr = this.expression();
    this.skipSpaces();
    if (this.i < this.s.length) throw new FormulaSyntaxError(`unexpected "${this.s.slice(this.i, this.i + 10)}"`);
    return expr;
  }

  private skipSpaces(): void {
    while (this.i < this.s.length && (this.s[this.i] === " " || this.s[this.i] === "\n" || this.s[this.i] === "\t")) {
      this.i++;
    }
  }

  private expression(): Expr {
    this.skipSpaces();
    const ch = this.s[this.i];
    if (ch === undefined) throw new FormulaSyntaxError("the formula ends too early");
    if (ch === '"') return { kind: "string", value: this.stringLiteral() };
    if (ch === "{") return this.arrayConstant();
    if (ch === "-" || ch === "+") {
      this.i++;
      this.skipSpaces();
      const value = this.numberLiteral();
      return { kind: "number", value: ch === "-" ? -value : value };
    }
    if ((ch >= "0" && ch <= "9") || ch === ".") return { kind: "number", value: this.numberLiteral() };
    if (ch === "'") {
      const sheet = this.quotedSheet();
      return this.reference(sheet);
    }
    const word = this.word();
    if (word === "") throw new FormulaSyntaxError(`unexpected "${ch}"`);
    const next = this.s[this.i];
    if (next === "!") {
      this.i++;
      return this.reference(word);
    }
    this.skipSpaces();
    if (this.s[this.i] === "(") return this.call(word);
    const upper = word.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
    return this.referenceFrom(undefined, word);
  }

  private word(): string {
    const start = this.i;
    while (this.i < this.s.length && isWordChar(this.s.charCodeAt(this.i))) this.i++;
    return this.s.slice(start, this.i);
  }

  private quotedSheet(): string {
    // 'It''s here'!A1
    this.i++;
    let name = "";
    for (;;) {
      const q = this.s.indexOf("'", this.i);
      if (q < 0) throw new FormulaSyntaxError("a quoted sheet name is not closed");
      name += this.s.slice(this.i, q);
      this.i = q + 1;
      if (this.s[this.i] === "'") {
        name += "'";
        this.i++;
      } else break;
    }
    if (this.s[this.i] !== "!") throw new FormulaSyntaxError("a quoted sheet name must be followed by !");
    this.i++;
    return name;
  }

  private reference(sheet: string): Expr {
    return this.referenceFrom(intern(sheet), this.word());
  }

  private referenceFrom(sheet: string | undefined, first: string): Expr {
    const start = parseCell(first);
    if (!start) throw new FormulaSyntaxError(`"${first}" is not a cell reference`);
    if (this.s[this.i] === "#") {
      this.i++;
      return { kind: "spill", sheet, anchor: start };
    }
    if (this.s[this.i] !== ":") return { kind: "range", sheet, start, end: start };
    this.i++;
    const second = this.word();
    const end = parseCell(second);
    if (!end) throw new FormulaSyntaxError(`"${second}" is not a cell reference`);
    return {
      kind: "range",
      sheet,
      start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
      end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
    };
  }

  private call(name: string): CallExpr {
    this.i++; // (
    const args: Expr[] = [];
    this.skipSpaces();
    if (this.s[this.i] === ")") {
      this.i++;
      return { kind: "call", name, args };
    }
    for (;;) {
      this.skipSpaces();
      const ch = this.s[this.i];
      if (ch === "," || ch === ";" || ch === ")") args.push({ kind: "omitted" });
      else args.push(this.expression());
      this.skipSpaces();
      const sep = this.s[this.i];
      this.i++;
      if (sep === ")") return { kind: "call", name, args };
      if (sep !== "," && sep !== ";") throw new FormulaSyntaxError(`expected , or ) after an argument of ${name}`);
    }
  }

  private stringLiteral(): string {
    this.i++; // "
    let value = "";
    for (;;) {
      const q = this.s.indexOf('"', this.i);
      if (q < 0) throw new FormulaSyntaxError("a text in quotes is not closed");
      value += this.s.slice(this.i, q);
      this.i = q + 1;
      if (this.s[this.i] === '"') {
        value += '"';
        this.i++;
      } else return value;
    }
  }

  private numberLiteral(): number {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) throw new FormulaSyntaxError("expected a number");
    this.i += m[0].length;
    return Number(m[0]);
  }

  private arrayConstant(): Expr {
    this.i++; // {
    const rows: Constant[][] = [[]];
    for (;;) {
      this.skipSpaces();
      rows[rows.length - 1].push(this.constant());
      this.skipSpaces();
      const sep = this.s[this.i++];
      if (sep === ",") continue;
      if (sep === ";") rows.push([]);
      else if (sep === "}") break;
      else throw new FormulaSyntaxError("expected , ; or } in an array constant");
    }
    const width = rows[0].length;
    if (rows.some((r) => r.length !== width))
      throw new FormulaSyntaxError("the rows of an array constant differ in length");
    return { kind: "array", rows };
  }

  private constant(): Constant {
    const ch = this.s[this.i];
    if (ch === '"') return this.stringLiteral();
    if (ch === "-" || ch === "+") {
      this.i++;
      const value = this.numberLiteral();
      return ch === "-" ? -value : value;
    }
    if ((ch >= "0" && ch <= "9") || ch === ".") return this.numberLiteral();
    const upper = this.word().toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    throw new FormulaSyntaxError("an array constant holds numbers, texts in quotes, TRUE or FALSE");
  }
}

/**
 * Parses a formula (with its leading "=").
 * @returns the expression, or `{ ok: false, reason }` for syntax the in-memory workbook does not compute
 * @example parseFormula("=Data!$B$3") // { ok: true, expr: { kind: "range", sheet: "Data", start: { row: 2, column: 1 }, end: { row: 2, column: 1 } } }
 * @example parseFormula("=A1+1").ok // false
 */
export function parseFormula(text: string): ParsedFormula {
  if (readSingleReference(text)) {
    const cell = { row: lastRead.row, column: lastRead.column };
    return { ok: true, expr: { kind: "range", sheet: lastRead.sheet, start: cell, end: cell } };
  }
  try {
    return { ok: true, expr: new Parser(text).parse() };
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Every range and spill reference in an expression, nested calls included. */
export function referencesOf(expr: Expr, into: Array<RangeExpr | SpillExpr> = []): Array<RangeExpr | SpillExpr> {
  if (expr.kind === "range" || expr.kind === "spill") into.push(expr);
  else if (expr.kind === "call") for (const arg of expr.args) referencesOf(arg, into);
  return into;
}
