import { FormulaScanner } from "./formulaScanner";
import { quoteSheetName } from "./model";

/**
 * One spelling of a formula whatever Excel does to it when storing: upper
 * case and no spaces outside texts, numbers in shortest form (0.10 → 0.1),
 * sheet names quoted only when needed ('Data'!A1 → DATA!A1). The ownership
 * signature hashes formulas in this spelling, so a formula the add-in wrote
 * reads back as the same.
 */

/** Receives a formula in normalised spelling, piece by piece. */
export interface SpellingSink {
  /** text[from, to) in upper case. */
  upper(text: string, from: number, to: number): void;
  /** text[from, to) as it is (a text in quotes). */
  raw(text: string, from: number, to: number): void;
  text(s: string): void;
}

/**
 * Feeds formulas to a sink in normalised spelling. Plain stretches go to the
 * sink whole (a few calls per formula, not one per character: a large sheet
 * holds millions of characters of formulas). Remembers how it spelled the
 * sheet names it met, so a sheet of references to one sheet spells it once.
 */
export class FormulaSpeller {
  private readonly scanner = new FormulaScanner();
  private readonly sheets = new Map<string, string>();
  /** The last quoted name spelled (none yet: null), and its spelling. */
  private lastQuoted: string | null = null;
  private lastSpelled = "";

  spell(formula: string, sink: SpellingSink): void {
    const s = this.scanner.reset(formula);
    let run = 0;
    for (let kind = s.nextSpecial(); kind !== "end"; kind = s.nextSpecial()) {
      if (kind === "space" || kind === "text") {
        if (s.start > run) sink.upper(formula, run, s.start);
        if (kind === "text") sink.raw(formula, s.start, s.end);
        run = s.end;
      } else if (kind === "quoted" && !s.unclosed && s.after() === 33) {
        if (s.start > run) sink.upper(formula, run, s.start);
        sink.text(this.sheet(formula, s.start + 1, s.end - 1));
        run = s.end;
      } else if (kind === "number") {
        const written = s.slice();
        const canonical = String(Number(written));
        if (canonical !== written) {
          if (s.start > run) sink.upper(formula, run, s.start);
          sink.text(canonical);
          run = s.end;
        }
      }
    }
    if (formula.length > run) sink.upper(formula, run, formula.length);
  }

  /** The quoted sheet name text[from, to) ('' escaped) as the normalised formula spells it: quoted only when needed, upper case. */
  private sheet(text: string, from: number, to: number): string {
    const last = this.lastQuoted;
    if (last !== null && to - from === last.length && text.startsWith(last, from)) return this.lastSpelled;
    const quoted = text.slice(from, to);
    let spelled = this.sheets.get(quoted);
    if (spelled === undefined) {
      spelled = quoteSheetName(quoted.replace(/''/g, "'")).toUpperCase();
      this.sheets.set(quoted, spelled);
    }
    this.lastQuoted = quoted;
    this.lastSpelled = spelled;
    return spelled;
  }
}

/**
 * A formula in one spelling whatever Excel does to it when storing.
 * @example normalizeFormula("= mdi.score( 'Data'!b2:h10 , {0.10}, \"exp\")") // '=MDI.SCORE(DATA!B2:H10,{0.1},"exp")'
 */
export function normalizeFormula(formula: string): string {
  let out = "";
  new FormulaSpeller().spell(formula, {
    upper: (t, from, to) => {
      out += t.slice(from, to).toUpperCase();
    },
    raw: (t, from, to) => {
      out += t.slice(from, to);
    },
    text: (s) => {
      out += s;
    },
  });
  return out;
}
