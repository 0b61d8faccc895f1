import { FormulaSpeller, normalizeFormula, type SpellingSink } from "./formulaSpelling";
import type { CellError } from "./model";

/**
 * The hash of the cells the add-in wrote, as the ownership signature
 * (signature.ts) stores it: each cell as Excel's Range.formulas gives it (a
 * formula's text, else the value), formulas in one spelling.
 */

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

/** cyrb53's multipliers (its two 32-bit lanes). */
const M1 = 2654435761 | 0;
const M2 = 1597334677;

/**
 * A 53-bit hash fed piece by piece (cyrb53 by bryc, public domain: two
 * multiplicative 32-bit lanes), so a large sheet is hashed while it is read
 * in chunks, without joining it into one string.
 */
export class ContentHasher implements SpellingSink {
  // Int32 state: plain number fields would flip between small-integer and double storage and deoptimise.
  private readonly h = new Int32Array([0xdeadbeef | 0, 0x41c6ce57]);
  private readonly speller = new FormulaSpeller();

  private code(c: number): void {
    const h = this.h;
    h[0] = Math.imul(h[0] ^ c, M1);
    h[1] = Math.imul(h[1] ^ c, M2);
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
      h1 = Math.imul(h1 ^ c, M1);
      h2 = Math.imul(h2 ^ c, M2);
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
      h1 = Math.imul(h1 ^ c, M1);
      h2 = Math.imul(h2 ^ c, M2);
    }
    h[0] = h1;
    h[1] = h2;
  }

  /** Adds one cell: what Range.formulas gives for it (formulas in normalised spelling). */
  cell(value: unknown): void {
    if (typeof value === "string") {
      if (value.charCodeAt(0) === 61) this.speller.spell(value, this);
      else this.text(value);
    } else if (typeof value === "object" && value !== null && "formula" in value) {
      this.speller.spell(String((value as { formula: unknown }).formula), this);
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
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }
}
