import { ContentHasher } from "./contentHash";
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
