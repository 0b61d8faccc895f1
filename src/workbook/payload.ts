import { WorkbookError } from "./errors";

/**
 * Size of what crosses to Excel. Excel on the web refuses a request or a
 * response over about 5 MB (docs/platform.md), so large range writes and reads are
 * split into row chunks, each sent in its own context.sync(). Sizes are
 * estimated from the JSON the values travel as: a string's length plus
 * quotes and comma (doubled when it holds non-ASCII characters, which UTF-8
 * stores in 2–3 bytes), a number's decimal text.
 */

/** Budget of one sync: 4 MB, a fifth under Excel on the web's 5 MB limit for the JSON around the values. */
export const MAX_SYNC_BYTES = 4_000_000;

/** Assumed size of a cell whose value is not known before reading (a long number: "0.123456789012345,"). */
export const READ_BYTES_PER_CELL = 24;

/**
 * The most cells the pane reads from one selection or table: Office.js reads at most 5,000,000
 * cells of a range in one request (docs/platform.md), and the pane holds all of them in memory.
 */
export const MAX_READ_CELLS = 5_000_000;

/**
 * Refuses data too large to read, before anything is read: `address` is its used part.
 * @throws WorkbookError "SELECTION_TOO_LARGE" beyond MAX_READ_CELLS cells
 */
export function checkReadSize(address: string, rows: number, columns: number): void {
  if (rows * columns > MAX_READ_CELLS) {
    throw new WorkbookError("SELECTION_TOO_LARGE", { address, rows, columns, limit: MAX_READ_CELLS });
  }
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Estimated JSON bytes of one cell's value or formula. */
export function cellBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      return (NON_ASCII.test(value) ? 2 * value.length : value.length) + 3;
    case "number":
      return String(value).length + 1;
    case "boolean":
      return 6;
    case "object":
      if (value === null) return 5;
      if ("formula" in value) return cellBytes((value as { formula: unknown }).formula);
      return 5;
    default:
      return 5;
  }
}

/** Row ranges [start, end) whose estimated bytes each stay within `budget` (a row larger than the budget goes alone). */
export function chunkRows(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  budget: number = MAX_SYNC_BYTES,
): Array<{ start: number; end: number; bytes: number }> {
  const chunks: Array<{ start: number; end: number; bytes: number }> = [];
  const OUTER = 2; // the brackets around the rows
  let start = 0;
  let bytes = OUTER;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    // Brackets, and a comma after each cell and after the row.
    let size = 2;
    for (let c = 0; c < row.length; c++) size += cellBytes(row[c]);
    if (r > start && bytes + size > budget) {
      chunks.push({ start, end: r, bytes });
      start = r;
      bytes = OUTER;
    }
    bytes += size;
  }
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}

/** Rows per read when only the shape of a range is known: each read stays within `budget`. */
export function rowsPerRead(columns: number, budget: number = MAX_SYNC_BYTES): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * READ_BYTES_PER_CELL)));
}
