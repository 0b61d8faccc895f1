/**
 * The blank-cell guard and the emulation of older Excel desktop builds (`?emptyCells=zero`): with the
 * emulation an empty cell reaching a custom function arrives as 0, and IF(ISBLANK(range),"",range) gives
 * the function the same input — so the same result — whichever way the host passes empty cells.
 * Expected values by hand in the comments.
 */
import { MemoryWorkbook } from "../../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../../src/preview/memory/models";
import { emptyCellArgumentFromQuery, setEmptyCellArgument } from "../../../src/preview/calc/emptyCells";
import type { Cell } from "../../../src/workbook/model";

/** Values 4, (empty), 2, 8 in B2:B5 and 1, 1, 1, 1 in C2:C5. */
function workbook(formulas: string[]): MemoryWorkbook {
  const data = sheetFromRows("Data", [
    ["area", "x", "y"],
    ["a", 4, 1],
    ["b", "", 1],
    ["c", 2, 1],
    ["d", 8, 1],
  ]);
  const out = sheetFromRows("Out", [formulas.map(() => "")]);
  out.cells[0] = formulas.map((formula) => ({ value: "", formula }));
  return new MemoryWorkbook({ sheets: [data, out], settings: {} });
}

function column(book: MemoryWorkbook, c: number): Cell["value"][] {
  const cells = book.model.sheets.find((s) => s.name === "Out")!.cells;
  return [0, 1, 2, 3].map((r) => cells[r]?.[c]?.value);
}

const RANK = "=MDI.RANK(Data!B2:B5)";
const GUARDED = '=MDI.RANK(IF(ISBLANK(Data!B2:B5),"",Data!B2:B5))';

afterEach(() => setEmptyCellArgument("empty"));

describe("empty cells reaching a custom function", () => {
  it("reads the page address", () => {
    expect(emptyCellArgumentFromQuery("?emptyCells=zero")).toBe("zero");
    expect(emptyCellArgumentFromQuery("?lang=nl")).toBe("empty");
  });

  it("passes an empty cell as empty by default: the area has no rank", () => {
    const book = workbook([RANK, GUARDED]);
    // 4, –, 2, 8 ranked descending: 2, #N/A, 3, 1 — with and without the guard.
    for (const c of [0, 1]) {
      const values = column(book, c);
      expect([values[0], values[2], values[3]]).toEqual([2, 3, 1]);
      expect((values[1] as { error: string }).error).toBe("#N/A");
    }
  });

  it("passes it as 0 under ?emptyCells=zero, and the guard gives the same ranks as before", () => {
    setEmptyCellArgument("zero");
    const book = workbook([RANK, GUARDED, '=IF(ISBLANK(Data!B2:B5),"blank",Data!B2:B5)']);
    // Unguarded: 4, 0, 2, 8 → ranks 2, 4, 3, 1 (the empty cell counted as a real 0).
    expect(column(book, 0)).toEqual([2, 4, 3, 1]);
    const guarded = column(book, 1);
    expect([guarded[0], guarded[2], guarded[3]]).toEqual([2, 3, 1]);
    expect((guarded[1] as { error: string }).error).toBe("#N/A");
    expect(column(book, 2)).toEqual([4, "blank", 2, 8]);
  });

  it("computes IF over arrays with a single value repeated, and ISBLANK only for empty cells", () => {
    const book = workbook(["=IF(Data!C2:C5,Data!B2:B5,-1)", "=ISBLANK(Data!B2:B5)", '=ISBLANK("")']);
    expect(column(book, 0)).toEqual([4, 0, 2, 8]); // an empty cell read by a formula is 0, as in Excel
    expect(column(book, 1)).toEqual([false, true, false, false]);
    expect(column(book, 2)[0]).toBe(false);
  });
});
