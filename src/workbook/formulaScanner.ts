/**
 * Formula text read token by token, in the English syntax Range.formulas
 * stores. Two readers share this one scanner, so they agree on what a text, a
 * quoted sheet name, a number and a name are: the ownership signature, which
 * spells a formula one way whatever Excel does to it when storing
 * (formulaSpelling.ts), and the browser preview's formula parser.
 *
 * The scanner only finds where each token starts and ends; it does not
 * allocate and does not interpret (a name may be a function, a cell, a sheet
 * or TRUE), so it costs little on the hundreds of thousands of formulas of a
 * large output sheet.
 */

export type TokenKind =
  /** Spaces, tabs and line breaks (Excel drops them when storing). */
  | "space"
  /** A text in double quotes, quotes included; "" inside is one quote. */
  | "text"
  /** A name in single quotes, quotes included ('' inside is one quote): a sheet name when "!" follows. */
  | "quoted"
  /** A number such as 12, 0.5, .5 or 2.5E-1 (a sign before it is a symbol of its own). */
  | "number"
  /** A run of name characters: MDI.SCORE, B2, $B$2, TRUE, Data. */
  | "name"
  /** Any other single character: = ( ) , ; { } ! : # + - … */
  | "symbol"
  /** Past the last character. */
  | "end";

/** Character classes of ASCII codes (bits), looked up instead of compared: the scanner runs per character. */
const SPACE = 1;
const DIGIT = 2;
const NAME = 4;
const CLASSES = new Uint8Array(128);
for (const c of [32, 9, 10, 13]) CLASSES[c] = SPACE;
for (let c = 48; c <= 57; c++) CLASSES[c] = DIGIT | NAME;
for (let c = 65; c <= 90; c++) CLASSES[c] = NAME;
for (let c = 97; c <= 122; c++) CLASSES[c] = NAME;
for (const c of [95, 46, 36, 92]) CLASSES[c] = NAME; // _ . $ \

function isSpace(c: number): boolean {
  return c < 128 && (CLASSES[c] & SPACE) !== 0;
}

function isDigit(c: number): boolean {
  return c < 128 && (CLASSES[c] & DIGIT) !== 0;
}

/**
 * Letters, digits, _ . $ \ and anything beyond ASCII (letters such as ë in sheet names).
 * NaN (past the end of the text) is none: it must not reach the table, where it would be a property name.
 */
function isNameCode(c: number): boolean {
  return c < 128 ? (CLASSES[c] & NAME) !== 0 : c > 127;
}

/** Index just after the number starting at `from`, or `from` when none starts there. */
function numberEnd(text: string, from: number): number {
  let i = from;
  let digits = 0;
  while (isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (text.charCodeAt(i) === 46) {
    i++;
    while (isDigit(text.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return from;
  const e = text.charCodeAt(i);
  if (e === 69 || e === 101) {
    let j = i + 1;
    const sign = text.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    const exponentFrom = j;
    while (isDigit(text.charCodeAt(j))) j++;
    if (j > exponentFrom) i = j;
  }
  return i;
}

/**
 * Whether a number token starts at `from`: a number that stands alone, not
 * the start of a name ("1A"), a row range ("1:3"), a sheet ("2019!A1") or a
 * call ("1(").
 */
function isNumberAt(text: string, from: number): boolean {
  const end = numberEnd(text, from);
  if (end === from) return false;
  const after = text.charCodeAt(end);
  return !isNameCode(after) && after !== 40 && after !== 33 && after !== 58;
}

/**
 * Reads one formula after another (reset), one token at a time (next); the
 * current token is text[start, end) of kind `kind`.
 * @example const s = new FormulaScanner().reset("=A1+2"); s.next(); s.next(); // "name" (A1)
 */
export class FormulaScanner {
  text = "";
  kind: TokenKind = "end";
  start = 0;
  end = 0;
  /** The current text or quoted name runs to the end of the formula without its closing quote. */
  unclosed = false;

  /** Starts on `text`, before its first token (or before the token at `from`). */
  reset(text: string, from = 0): this {
    this.text = text;
    this.kind = "end";
    this.start = from;
    this.end = from;
    this.unclosed = false;
    return this;
  }

  /** Moves to the next token and returns its kind. */
  next(): TokenKind {
    const text = this.text;
    let i = this.end;
    this.start = i;
    this.unclosed = false;
    if (i >= text.length) return (this.kind = "end");
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      do i++;
      while (isSpace(text.charCodeAt(i)));
      this.end = i;
      return (this.kind = "space");
    }
    if (c === 34 || c === 39) {
      this.end = this.closing(i, c);
      return (this.kind = c === 34 ? "text" : "quoted");
    }
    if ((isDigit(c) || c === 46) && isNumberAt(text, i)) {
      this.end = numberEnd(text, i);
      return (this.kind = "number");
    }
    if (isNameCode(c)) {
      do i++;
      while (isNameCode(text.charCodeAt(i)));
      this.end = i;
      return (this.kind = "name");
    }
    this.end = i + 1;
    return (this.kind = "symbol");
  }

  /**
   * Moves to the next token that is not a name or a symbol, as calling `next`
   * until then would, and returns its kind; the names and symbols passed over
   * are text[from, start), where `from` is where the previous token ended.
   * One pass over their characters instead of a call per token: the
   * signature's spelling of a formula treats them all alike.
   */
  nextSpecial(): TokenKind {
    const text = this.text;
    const n = text.length;
    let i = this.end;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 39 || isSpace(c)) break;
      // A digit or "." after a name character belongs to that name.
      if ((c === 46 || isDigit(c)) && !isNameCode(text.charCodeAt(i - 1)) && isNumberAt(text, i)) break;
      i++;
    }
    this.end = i;
    return this.next();
  }

  /** Whether the current token is the symbol with this character code (e.g. 40 for "("). */
  isSymbol(code: number): boolean {
    return this.kind === "symbol" && this.text.charCodeAt(this.start) === code;
  }

  /** The character code just after the current token (NaN at the end of the formula). */
  after(): number {
    return this.text.charCodeAt(this.end);
  }

  /** The current token's text. */
  slice(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Index just after the quote closing the one at `start` ('' and "" are escaped quotes). */
  private closing(start: number, quote: number): number {
    const text = this.text;
    const mark = quote === 34 ? '"' : "'";
    let i = start + 1;
    for (;;) {
      // indexOf rather than a loop over the characters: quoted sheet names are in most formulas of a large sheet.
      const at = text.indexOf(mark, i);
      if (at < 0) {
        this.unclosed = true;
        return text.length;
      }
      if (text.charCodeAt(at + 1) !== quote) return at + 1;
      i = at + 2;
    }
  }
}
