import { quoteSheetName, type CellError } from "./model";
import type { SheetLayout } from "./layout";
import { cellBytes } from "./payload";
import type { SheetState } from "./port";

/**
 * Whether a sheet is the add-in's own and unchanged. After writing a sheet
 * the add-in stores, in the document settings, a signature of what it wrote:
 * the areas (tables and blocks) and a hash of their contents as Excel's
 * Range.formulas reads them back (a formula's text, else the value). Later
 * the same areas are read and hashed again; a different hash means someone
 * changed a cell the add-in wrote.
 *
 * Not covered: cells typed outside those areas (where the add-in wrote
 * nothing), and formatting. Both workbook implementations use this module,
 * so they agree on every state.
 */

/** Document-settings key of the signatures: { [sheet name]: SheetSignature }. */
export const OWNED_SHEETS_KEY = "mdi.ownedSheets";

export interface SheetSignature {
  /** Hash of the contents of `areas`, in order, row by row. */
  hash: string;
  /** A1 addresses (without sheet) of the areas written. */
  areas: string[];
  /** Estimated JSON size of those contents, to read them back in chunks under Excel's limit. */
  bytes: number;
}

export type OwnedSheets = Record<string, SheetSignature>;

/** Receives a formula in normalised spelling, piece by piece. */
interface Sink {
  /** text[from, to) in upper case. */
  upper(text: string, from: number, to: number): void;
  /** text[from, to) as it is (a text in quotes). */
  raw(text: string, from: number, to: number): void;
  text(s: string): void;
}

const NUMBER = /(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const sheetSpelling = new Map<string, string>();

let lastQuoted = "";
let lastSpelled = "";

/**
 * The quoted sheet name text[from, to) ('' escaped) as a normalised formula
 * spells it: quoted only when needed, upper case. Remembers the last name, so
 * a sheet of references to one sheet spells it once.
 */
function spellSheet(text: string, from: number, to: number): string {
  if (to - from === lastQuoted.length && text.startsWith(lastQuoted, from)) return lastSpelled;
  const quoted = text.slice(from, to);
  let spelled = sheetSpelling.get(quoted);
  if (spelled === undefined) {
    spelled = quoteSheetName(quoted.replace(/''/g, "'")).toUpperCase();
    if (sheetSpelling.size > 1000) sheetSpelling.clear();
    sheetSpelling.set(quoted, spelled);
  }
  lastQuoted = quoted;
  lastSpelled = spelled;
  return spelled;
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46;
}

/** Index just after the quote closing the one at `start` ('' and "" are escaped quotes). */
function closing(text: string, start: number, quote: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text.charCodeAt(i) === quote) {
      if (text.charCodeAt(i + 1) === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/**
 * Feeds a formula to `sink` in one spelling whatever Excel does to it when
 * storing: upper case and no spaces outside texts, numbers in shortest form
 * (0.10 → 0.1), sheet names quoted only when needed ('Data'!A1 → DATA!A1).
 * Plain stretches go to the sink whole (a few calls per formula, not one per
 * character: a large sheet holds millions of characters of formulas).
 */
function scanFormula(text: string, sink: Sink): void {
  const n = text.length;
  let run = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 32 || c === 9 || c === 10 || c === 13) {
      if (i > run) sink.upper(text, run, i);
      if (c === 34) {
        const end = closing(text, i, 34);
        sink.raw(text, i, end);
        i = end;
      } else if (c === 39) {
        const end = closing(text, i, 39);
        if (text.charCodeAt(end) === 33) sink.text(spellSheet(text, i + 1, end - 1));
        else sink.upper(text, i, end);
        i = end;
      } else i++;
      run = i;
    } else if (((c >= 48 && c <= 57) || c === 46) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const end = m ? i + m[0].length : i;
      const after = text.charCodeAt(end);
      if (m && !isWordCode(after) && after !== 40 && after !== 33 && after !== 58) {
        const canonical = String(Number(m[0]));
        if (canonical !== m[0]) {
          if (i > run) sink.upper(text, run, i);
          sink.text(canonical);
          run = end;
        }
        i = end;
      } else i++;
    } else i++;
  }
  if (n > run) sink.upper(text, run, n);
}

/**
 * A formula in one spelling whatever Excel does to it when storing.
 * @example normalizeFormula("= mdi.score( 'Data'!b2:h10 , {0.10}, \"exp\")") // '=MDI.SCORE(DATA!B2:H10,{0.1},"exp")'
 */
export function normalizeFormula(text: string): string {
  let out = "";
  scanFormula(text, {
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

/** One cell as the hash sees it: what Range.formulas gives for it, in one spelling. */
export function cellContent(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.startsWith("=") ? normalizeFormula(value) : value;
    case "number":
      return String(value);
    case "boolean":
      return value ? "TRUE" : "FALSE";
    case "object":
      if (value === null) return "";
      if ("formula" in value) return normalizeFormula(String((value as { formula: unknown }).formula));
      if ("error" in value) return (value as CellError).error;
      return "";
    default:
      return "";
  }
}

// Module-level copies of globals used per character: a global lookup is slow where code runs in a
// separate realm (jest's vm context), and this loop runs for every character of a sheet.
const imul = Math.imul;
const M1 = 2654435761 | 0;
const M2 = 1597334677;

/**
 * A 53-bit hash fed piece by piece (cyrb53 by bryc, public domain: two
 * multiplicative 32-bit lanes), so a large sheet is hashed while it is read
 * in chunks, without joining it into one string.
 */
export class ContentHasher implements Sink {
  // Int32 state: plain number fields would flip between small-integer and double storage and deoptimise.
  private readonly h = new Int32Array([0xdeadbeef | 0, 0x41c6ce57]);

  private code(c: number): void {
    const h = this.h;
    h[0] = imul(h[0] ^ c, M1);
    h[1] = imul(h[1] ^ c, M2);
  }

  text(s: string): void {
    this.raw(s, 0, s.length);
  }

  raw(s: string, from: number, to: number): void {
    const h = this.h;
    let h1 = h[0];
    let h2 = h[1];
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      h1 = imul(h1 ^ c, M1);
      h2 = imul(h2 ^ c, M2);
    }
    h[0] = h1;
    h[1] = h2;
  }

  upper(s: string, from: number, to: number): void {
    const h = this.h;
    let h1 = h[0];
    let h2 = h[1];
    for (let i = from; i < to; i++) {
      let c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) c -= 32;
      else if (c > 127) {
        // Letters such as ë: as toUpperCase spells them (possibly more than one character).
        h[0] = h1;
        h[1] = h2;
        this.text(s[i].toUpperCase());
        h1 = h[0];
        h2 = h[1];
        continue;
      }
      h1 = imul(h1 ^ c, M1);
      h2 = imul(h2 ^ c, M2);
    }
    h[0] = h1;
    h[1] = h2;
  }

  /** Adds one cell: what Range.formulas gives for it (formulas in normalised spelling). */
  cell(value: unknown): void {
    if (typeof value === "string") {
      if (value.charCodeAt(0) === 61) scanFormula(value, this);
      else this.text(value);
    } else if (typeof value === "object" && value !== null && "formula" in value) {
      scanFormula(String((value as { formula: unknown }).formula), this);
    } else this.text(cellContent(value));
    this.code(1);
  }

  /** Adds one row of `width` cells (missing cells count as empty). */
  row(cells: ReadonlyArray<unknown>, width: number): void {
    for (let c = 0; c < width; c++) this.cell(c < cells.length ? cells[c] : "");
    this.code(2);
  }

  endArea(): void {
    this.code(3);
  }

  digest(): string {
    let h1 = this.h[0];
    let h2 = this.h[1];
    h1 = imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }
}

/** The signature of what a layout writes (computed before writing, from the inputs). */
export function signatureOfLayout(layout: SheetLayout): SheetSignature {
  const hasher = new ContentHasher();
  let bytes = 0;
  for (const area of layout.areas) {
    const height = area.kind === "table" ? Math.max(area.rows.length, 2) : area.rows.length;
    for (let r = 0; r < height; r++) {
      const row = r < area.rows.length ? area.rows[r] : [];
      hasher.row(row, area.width);
      for (let c = 0; c < area.width; c++) bytes += c < row.length ? cellBytes(row[c]) : 3;
    }
    hasher.endArea();
  }
  return { hash: hasher.digest(), areas: layout.areas.map((a) => a.address), bytes };
}

/** The stored signature of a sheet (sheet names compare case-insensitively, as in Excel). */
export function signatureFor(owned: unknown, sheet: string): SheetSignature | undefined {
  if (!owned || typeof owned !== "object") return undefined;
  const key = sheet.toUpperCase();
  for (const [name, signature] of Object.entries(owned as OwnedSheets)) {
    if (name.toUpperCase() === key && isSignature(signature)) return signature;
  }
  return undefined;
}

function isSignature(value: unknown): value is SheetSignature {
  const s = value as SheetSignature;
  return !!s && typeof s.hash === "string" && Array.isArray(s.areas) && typeof s.bytes === "number";
}

/** The owned-sheets setting with the signatures of newly written sheets put in (other entries kept). */
export function withSignatures(
  owned: unknown,
  signed: Array<{ sheet: string; signature: SheetSignature }>,
): OwnedSheets {
  const next: OwnedSheets = {};
  const replaced = new Set(signed.map((s) => s.sheet.toUpperCase()));
  if (owned && typeof owned === "object") {
    for (const [name, signature] of Object.entries(owned as OwnedSheets)) {
      if (!replaced.has(name.toUpperCase()) && isSignature(signature)) next[name] = signature;
    }
  }
  for (const { sheet, signature } of signed) next[sheet] = signature;
  return next;
}

/**
 * The state of a sheet from what was found.
 * @param currentHash the hash of the signed areas as they read now (needed only when there is a signature)
 */
export function sheetStateOf(exists: boolean, signature: SheetSignature | undefined, currentHash?: string): SheetState {
  if (!exists) return "absent";
  if (!signature) return "foreign";
  return currentHash === signature.hash ? "ours" : "edited";
}
