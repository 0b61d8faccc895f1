import { FormulaScanner } from "../../workbook/formulaScanner";
import { parseCell, readCell } from "../../workbook/model";
import type { CallExpr, CellReference, Constant, Expr } from "./expr";

/**
 * Parsing the formulas the in-memory workbook computes: calls of the add-in's
 * functions (`=MDI.SCORE(B2:H480, {0.225,0.225,0.135}, "exp")`, nested calls
 * allowed) and plain references (`=C2`, `='MDI berekening'!C2`, `=Data!$B$3`,
 * `=B2:B10`, `=H2#`). Formulas are in the English syntax Range.formulas stores:
 * `,` between arguments (`;` is accepted too), and in array constants `,`
 * between columns and `;` between rows. Tokens come from the workbook's
 * formula scanner, cells from its A1 reader: the ownership signature reads
 * formulas with the same two.
 *
 * Anything else (arithmetic, Excel's own functions) parses to a call or to
 * "unsupported"; the evaluator reports those as #NAME?, since only Excel
 * computes them.
 */

export type ParsedFormula = { ok: true; expr: Expr } | { ok: false; reason: string };

class FormulaSyntaxError extends Error {}

/** Sheet names kept before the map starts afresh (formulas name a handful; typed ones may name more). */
const SHEET_NAMES_KEPT = 1000;

/**
 * A parser for one workbook's formulas. It keeps one string per sheet name,
 * so the thousands of formulas naming the same sheet share it and lookups by
 * it hash it once.
 */
export class FormulaParser {
  private readonly s = new FormulaScanner();
  /** Sheet names by how formulas write them (without quotes). */
  private readonly sheetNames = new Map<string, string>();
  /** The last two sheet names read, as written and as the name. */
  private lastWritten = "";
  private lastSheet = "";
  private otherWritten = "";
  private otherSheet = "";
  private readonly reference: CellReference = { sheet: undefined, row: 0, column: 0 };

  /**
   * Reads the commonest formula of a large output sheet, a single-cell
   * reference (`=C2`, `=Data!$B$3`, `='MDI berekening'!C2`), into `into`,
   * without the general parser and without allocating; false for anything else.
   */
  singleReference(text: string, into: CellReference): boolean {
    if (text.charCodeAt(0) !== 61) return false;
    const s = this.s.reset(text, 1);
    let sheet: string | undefined;
    let from: number;
    const kind = s.next();
    if (kind === "quoted") {
      if (s.unclosed || s.after() !== 33) return false;
      sheet = this.sheetAt(s.start + 1, s.end - 1);
      from = s.end + 1;
    } else if (kind === "name") {
      if (s.after() === 33) sheet = this.sheetAt(s.start, s.end);
      from = sheet === undefined ? s.start : s.end + 1;
    } else return false;
    // The rest must be one cell, up to the end: read at once, without more tokens.
    if (!readCell(text, from, text.length, into)) return false;
    into.sheet = sheet;
    return true;
  }

  /**
   * Parses a formula (with its leading "=").
   * @returns the expression, or `{ ok: false, reason }` for syntax the in-memory workbook does not compute
   * @example new FormulaParser().parse("=Data!$B$3") // { ok: true, expr: { kind: "range", sheet: "Data", start: { row: 2, column: 1 }, end: { row: 2, column: 1 } } }
   * @example new FormulaParser().parse("=A1+1").ok // false
   */
  parse(text: string): ParsedFormula {
    const single = this.reference;
    if (this.singleReference(text, single)) {
      const cell = { row: single.row, column: single.column };
      return { ok: true, expr: { kind: "range", sheet: single.sheet, start: cell, end: cell } };
    }
    try {
      return { ok: true, expr: this.formula(text) };
    } catch (error) {
      if (error instanceof FormulaSyntaxError) return { ok: false, reason: error.message };
      throw error;
    }
  }

  /**
   * text[from, to) of the current formula (a sheet name as written, without its quotes) as
   * the name: one string per name, the last one found without a lookup.
   */
  private sheetAt(from: number, to: number): string {
    const text = this.s.text;
    const length = to - from;
    if (length === this.lastWritten.length && text.startsWith(this.lastWritten, from)) return this.lastSheet;
    // An output sheet's rows alternate between two sheets (the data and the calculation sheet).
    if (length === this.otherWritten.length && text.startsWith(this.otherWritten, from)) this.swapLast();
    else {
      const written = text.slice(from, to);
      let name = this.sheetNames.get(written);
      if (name === undefined) {
        // '' is a quote in a quoted name; an unquoted name holds no quotes.
        name = written.includes("''") ? written.replace(/''/g, "'") : written;
        if (this.sheetNames.size >= SHEET_NAMES_KEPT) this.sheetNames.clear();
        this.sheetNames.set(written, name);
      }
      this.swapLast();
      this.lastWritten = written;
      this.lastSheet = name;
    }
    return this.lastSheet;
  }

  private swapLast(): void {
    const written = this.otherWritten;
    const sheet = this.otherSheet;
    this.otherWritten = this.lastWritten;
    this.otherSheet = this.lastSheet;
    this.lastWritten = written;
    this.lastSheet = sheet;
  }

  private formula(text: string): Expr {
    const s = this.s.reset(text);
    s.next();
    this.skipSpaces();
    if (!s.isSymbol(61)) throw new FormulaSyntaxError("a formula starts with =");
    s.next();
    const expr = this.expression();
    this.skipSpaces();
    if (s.kind !== "end") throw new FormulaSyntaxError(`unexpected "${text.slice(s.start, s.start + 10)}"`);
    return expr;
  }

  private skipSpaces(): void {
    if (this.s.kind === "space") this.s.next();
  }

  private expression(): Expr {
    this.skipSpaces();
    const s = this.s;
    switch (s.kind) {
      case "end":
        throw new FormulaSyntaxError("the formula ends too early");
      case "text":
        return { kind: "string", value: this.text() };
      case "number":
        return { kind: "number", value: this.number() };
      case "quoted":
        return this.referenceFrom(this.quotedSheet(), this.name());
      case "name": {
        if (s.after() === 33) {
          const sheet = this.sheetAt(s.start, s.end);
          s.next(); // the name
          s.next(); // !
          return this.referenceFrom(sheet, this.name());
        }
        const word = this.name();
        this.skipSpaces();
        if (s.isSymbol(40)) return this.call(word);
        const upper = word.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
        return this.referenceFrom(undefined, word);
      }
      default: {
        if (s.isSymbol(123)) return this.arrayConstant();
        // A sign may stand apart from its number in an argument (= - 1), not in an array constant.
        if (s.isSymbol(45) || s.isSymbol(43)) return { kind: "number", value: this.signedNumber(true) };
        throw new FormulaSyntaxError(`unexpected "${s.slice()}"`);
      }
    }
  }

  /** The current name token's text, moving past it; "" when the token is not a name. */
  private name(): string {
    if (this.s.kind !== "name") return "";
    const word = this.s.slice();
    this.s.next();
    return word;
  }

  /** 'It''s here'!: the sheet name, moving past the "!". */
  private quotedSheet(): string {
    const s = this.s;
    if (s.unclosed) throw new FormulaSyntaxError("a quoted sheet name is not closed");
    const name = this.sheetAt(s.start + 1, s.end - 1);
    s.next();
    if (!s.isSymbol(33)) throw new FormulaSyntaxError("a quoted sheet name must be followed by !");
    s.next();
    return name;
  }

  private referenceFrom(sheet: string | undefined, first: string): Expr {
    const s = this.s;
    const start = parseCell(first);
    if (!start) throw new FormulaSyntaxError(`"${first}" is not a cell reference`);
    if (s.isSymbol(35)) {
      s.next();
      return { kind: "spill", sheet, anchor: start };
    }
    if (!s.isSymbol(58)) return { kind: "range", sheet, start, end: start };
    s.next();
    const second = this.name();
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
    const s = this.s;
    s.next(); // (
    const args: Expr[] = [];
    this.skipSpaces();
    if (s.isSymbol(41)) {
      s.next();
      return { kind: "call", name, args };
    }
    for (;;) {
      this.skipSpaces();
      if (s.isSymbol(44) || s.isSymbol(59) || s.isSymbol(41)) args.push({ kind: "omitted" });
      else args.push(this.expression());
      this.skipSpaces();
      const close = s.isSymbol(41);
      const separator = s.isSymbol(44) || s.isSymbol(59);
      s.next();
      if (close) return { kind: "call", name, args };
      if (!separator) throw new FormulaSyntaxError(`expected , or ) after an argument of ${name}`);
    }
  }

  /** A text in quotes, moving past it. */
  private text(): string {
    const s = this.s;
    if (s.unclosed) throw new FormulaSyntaxError("a text in quotes is not closed");
    const value = s.text.slice(s.start + 1, s.end - 1).replace(/""/g, '"');
    s.next();
    return value;
  }

  private number(): number {
    const s = this.s;
    if (s.kind !== "number") throw new FormulaSyntaxError("expected a number");
    const value = Number(s.slice());
    s.next();
    return value;
  }

  /** A number after its sign (the current token, - or +), moving past both. */
  private signedNumber(spaceAfterSign: boolean): number {
    const negative = this.s.isSymbol(45);
    this.s.next();
    if (spaceAfterSign) this.skipSpaces();
    const value = this.number();
    return negative ? -value : value;
  }

  private arrayConstant(): Expr {
    const s = this.s;
    s.next(); // {
    const rows: Constant[][] = [[]];
    for (;;) {
      this.skipSpaces();
      rows[rows.length - 1].push(this.constant());
      this.skipSpaces();
      const comma = s.isSymbol(44);
      const semicolon = s.isSymbol(59);
      const close = s.isSymbol(125);
      s.next();
      if (comma) continue;
      if (semicolon) rows.push([]);
      else if (close) break;
      else throw new FormulaSyntaxError("expected , ; or } in an array constant");
    }
    const width = rows[0].length;
    if (rows.some((r) => r.length !== width))
      throw new FormulaSyntaxError("the rows of an array constant differ in length");
    return { kind: "array", rows };
  }

  private constant(): Constant {
    const s = this.s;
    if (s.kind === "text") return this.text();
    if (s.isSymbol(45) || s.isSymbol(43)) return this.signedNumber(false);
    if (s.kind === "number") return this.number();
    const upper = this.name().toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
    throw new FormulaSyntaxError("an array constant holds numbers, texts in quotes, TRUE or FALSE");
  }
}

/**
 * Parses one formula with a parser of its own (a workbook keeps one parser for all its formulas).
 * @example parseFormula("=H2#") // { ok: true, expr: { kind: "spill", sheet: undefined, anchor: { row: 1, column: 7 } } }
 */
export function parseFormula(text: string): ParsedFormula {
  return new FormulaParser().parse(text);
}
