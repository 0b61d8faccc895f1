import { ContentHasher } from "./contentHash";
import type { SheetLayout } from "./layout";
import { cellBytes } from "./payload";
import { formatAddress } from "./model";
import type { SheetState } from "./port";

/**
 * Whether a sheet is the add-in's own and unchanged. After writing a sheet
 * the add-in stores, in the document settings, a signature of what it wrote:
 * the areas (tables and blocks), hashes of their contents in bands of
 * BAND_ROWS rows as Excel's Range.formulas reads them back (a formula's
 * text, else the value), the cells whose formulas may spill, and the names
 * of its tables, charts and pictures. Later the whole sheet is compared with it
 * (footprint.ts): a changed band, a value anywhere else, or a table, chart
 * or shape the add-in did not make means someone changed the sheet.
 *
 * Not covered: formatting. Both workbook implementations use these modules,
 * so they agree on every state.
 */

/** Rows per hashed band: a change is named to within this many rows (33,755 rows → 1,055 hashes, about 17 kB). */
export const BAND_ROWS = 32;

/** Formula cells that may spill (a function call), at most this many per sheet (the add-in writes a handful). */
export const MAX_ANCHORS = 2000;

const FUNCTION_CALL = /[A-Za-z][A-Za-z0-9._]*\(/;

/** Document-settings key of the signatures: { [sheet name]: SheetSignature }. */
export const OWNED_SHEETS_KEY = "mdi.ownedSheets";

export interface SheetSignature {
  /** Hash of the contents of `areas`, in order, row by row. */
  hash: string;
  /** A1 addresses (without sheet) of the areas written. */
  areas: string[];
  /** Estimated JSON size of those contents, to read them back in chunks under Excel's limit. */
  bytes: number;
  /** Per area, the hash of each band of BAND_ROWS rows (absent in signatures of earlier versions). */
  bands?: string[][];
  /** Cells holding a formula that calls a function, whose result may spill beyond the areas. */
  anchors?: string[];
  /** Names of the tables, charts and pictures (shapes) the add-in made on the sheet. */
  tables?: string[];
  charts?: string[];
  shapes?: string[];
}

export type OwnedSheets = Record<string, SheetSignature>;

/** The signature of what a layout writes (computed before writing, from the inputs). */
export function signatureOfLayout(layout: SheetLayout): SheetSignature {
  const hasher = new ContentHasher();
  let bytes = 0;
  const bands: string[][] = [];
  const anchors: string[] = [];
  for (const area of layout.areas) {
    const height = area.kind === "table" ? Math.max(area.rows.length, 2) : area.rows.length;
    const areaBands: string[] = [];
    let band = new ContentHasher();
    for (let r = 0; r < height; r++) {
      const row = r < area.rows.length ? area.rows[r] : [];
      hasher.row(row, area.width);
      band.row(row, area.width);
      if ((r + 1) % BAND_ROWS === 0 || r + 1 === height) {
        areaBands.push(band.digest());
        band = new ContentHasher();
      }
      for (let c = 0; c < area.width; c++) {
        const cell = c < row.length ? row[c] : "";
        bytes += cellBytes(cell);
        if (
          typeof cell === "object" &&
          cell !== null &&
          anchors.length < MAX_ANCHORS &&
          FUNCTION_CALL.test(cell.formula)
        )
          anchors.push(formatAddress({ row: area.start.row + r, column: area.start.column + c }));
      }
    }
    hasher.endArea();
    bands.push(areaBands);
  }
  return {
    hash: hasher.digest(),
    areas: layout.areas.map((a) => a.address),
    bytes,
    bands,
    anchors,
    tables: layout.tables.map((t) => t.name),
    charts: layout.sheet.charts.map((c) => c.name),
    shapes: (layout.sheet.pictures ?? []).map((p) => p.name),
  };
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
 * The owned-sheets setting with a picture the add-in placed on `sheet` recorded as its own, or undefined
 * when the add-in did not write that sheet (a sheet it does not own does not become its own by a picture).
 */
export function withShape(owned: unknown, sheet: string, shape: string): OwnedSheets | undefined {
  const signature = signatureFor(owned, sheet);
  if (!signature) return undefined;
  const key = shape.toUpperCase();
  const shapes = [...(signature.shapes ?? []).filter((s) => s.toUpperCase() !== key), shape];
  const entry = Object.keys(owned as OwnedSheets).find((name) => name.toUpperCase() === sheet.toUpperCase());
  return withSignatures(owned, [{ sheet: entry ?? sheet, signature: { ...signature, shapes } }]);
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
