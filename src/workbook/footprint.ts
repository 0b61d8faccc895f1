import { ContentHasher } from "./contentHash";
import { formatAddress, parseAddress, type RangeRef } from "./model";
import type { SheetChange, SheetReport } from "./port";
import { BAND_ROWS, type SheetSignature } from "./signature";

/**
 * The whole sheet compared with what the add-in left there (its signature):
 * every cell of the used range, the tables, charts and shapes. Both workbook
 * implementations feed it what they read, so they name the same changes.
 *
 * The sheet is fed row by row over its extent (A1 to the far corner of the
 * areas written and the ranges their formulas spill into); what lies beyond
 * the extent is passed as used ranges (`outside`) or as further rows. A cell
 * in an area joins the hash of its band; any other cell that is not empty and
 * not part of a spilled result is someone's.
 */

/** Changes named in a report at most (the dialog names the first ones, then "…"). */
export const MAX_NAMED_CHANGES = 5;

interface AreaState {
  ref: RangeRef;
  width: number;
  bands: string[];
  hasher: ContentHasher;
  band: number;
  bandStart: number;
}

export class FootprintCheck {
  /** Last row and column (zero-based) of the extent: the rows the caller must feed, all of them in order. */
  readonly lastRow: number;
  readonly lastColumn: number;
  private readonly areas: AreaState[];
  private readonly spills: RangeRef[];
  private readonly changes: SheetChange[] = [];
  private readonly slice: unknown[] = [];
  private changed = false;

  /**
   * @param signature what the add-in wrote; one without bands (written by an earlier version) always reports a change
   * @param spills the ranges the add-in's formulas spill into now (their cells are results, not someone's values)
   */
  constructor(
    private readonly signature: SheetSignature,
    spills: string[],
  ) {
    this.spills = spills.map((a) => parseAddress(a));
    this.areas = signature.areas.map((address, i) => {
      const ref = parseAddress(address);
      return {
        ref,
        width: ref.end.column - ref.start.column + 1,
        bands: signature.bands?.[i] ?? [],
        hasher: new ContentHasher(),
        band: 0,
        bandStart: ref.start.row,
      };
    });
    let lastRow = 0;
    let lastColumn = 0;
    for (const { end } of [...this.areas.map((a) => a.ref), ...this.spills]) {
      lastRow = Math.max(lastRow, end.row);
      lastColumn = Math.max(lastColumn, end.column);
    }
    this.lastRow = lastRow;
    this.lastColumn = lastColumn;
    if (!signature.bands) this.changed = true;
  }

  private note(place: SheetChange): void {
    this.changed = true;
    if (this.changes.length < MAX_NAMED_CHANGES) this.changes.push(place);
  }

  private inSpill(row: number, column: number): boolean {
    for (const s of this.spills) {
      if (row >= s.start.row && row <= s.end.row && column >= s.start.column && column <= s.end.column) return true;
    }
    return false;
  }

  /**
   * One row of the sheet as Range.formulas reads it (a formula's text, else the value; "" when empty), from
   * column A. Rows 0 to `lastRow` must all be fed, in order; rows after them may be.
   */
  row(row: number, cells: ArrayLike<unknown>): void {
    let covered = 0;
    for (const area of this.areas) {
      const { start, end } = area.ref;
      if (row < start.row || row > end.row) continue;
      covered++;
      const slice = this.slice;
      slice.length = area.width;
      for (let c = 0; c < area.width; c++) {
        const v = cells[start.column + c];
        slice[c] = v === undefined || v === null ? "" : v;
      }
      area.hasher.row(slice, area.width);
      if (row - area.bandStart + 1 === BAND_ROWS || row === end.row) {
        if (area.hasher.digest() !== area.bands[area.band]) {
          const address = formatAddress({ row: area.bandStart, column: start.column }, { row, column: end.column });
          this.note({ kind: "cells", address });
        }
        area.band++;
        area.bandStart = row + 1;
        area.hasher = new ContentHasher();
      }
    }
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === "" || v === null || v === undefined) continue;
      if (covered && this.inArea(row, c)) continue;
      if (this.inSpill(row, c)) continue;
      this.note({ kind: "cells", address: formatAddress({ row, column: c }) });
    }
  }

  private inArea(row: number, column: number): boolean {
    for (const { ref } of this.areas) {
      if (row >= ref.start.row && row <= ref.end.row && column >= ref.start.column && column <= ref.end.column)
        return true;
    }
    return false;
  }

  /** A range beyond the extent that holds values (Excel's used range of what lies there). */
  outside(address: string): void {
    this.note({ kind: "cells", address: address.slice(address.lastIndexOf("!") + 1) });
  }

  /** The sheet's tables, charts and shapes by name: any the add-in did not make (or place) is someone's. */
  objects(kind: "table" | "chart" | "shape", names: readonly string[]): void {
    const { tables = [], charts = [], shapes = [] } = this.signature;
    const ours = new Set([...tables, ...charts, ...shapes].map((n) => n.toUpperCase()));
    for (const name of names) if (!ours.has(name.toUpperCase())) this.note({ kind, name });
  }

  /** "ours" when nothing changed, else "edited" with the first changes named. */
  report(): SheetReport {
    return this.changed ? { state: "edited", changes: [...this.changes] } : { state: "ours", changes: [] };
  }
}

/**
 * The ranges beyond a check's extent, given the sheet's used range: the columns to its right and the rows
 * below it (Excel is asked for the used range of each).
 */
export function rangesBeyond(check: FootprintCheck, used: string): string[] {
  const { end } = parseAddress(used);
  const out: string[] = [];
  if (end.column > check.lastColumn) {
    out.push(formatAddress({ row: 0, column: check.lastColumn + 1 }, { row: end.row, column: end.column }));
  }
  if (end.row > check.lastRow) {
    out.push(formatAddress({ row: check.lastRow + 1, column: 0 }, { row: end.row, column: check.lastColumn }));
  }
  return out;
}
