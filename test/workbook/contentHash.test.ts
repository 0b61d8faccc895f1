/**
 * The hash of the cells the add-in wrote: the same for the cells as written
 * and as Excel reads them back, whatever the chunks they are read in, and
 * different when a cell changes.
 */
import { ContentHasher } from "../../src/workbook/contentHash";

describe("ContentHasher", () => {
  const rows = [
    ["Gebied", "Score"],
    ["A", { formula: "='MDI berekening'!A2" }],
    ["0363", 1.5],
    [true, ""],
  ];

  it("gives the same hash for the cells as written and as Range.formulas reads them back", () => {
    const written = new ContentHasher();
    for (const row of rows) written.row(row, 2);
    const read = new ContentHasher();
    for (const row of [
      ["Gebied", "Score"],
      ["A", "='MDI BEREKENING'!A2"],
      ["0363", 1.5],
      [true, ""],
    ])
      read.row(row, 2);
    expect(read.digest()).toBe(written.digest());
  });

  it("changes when one cell changes, moves or is added", () => {
    const hash = (data: unknown[][]) => {
      const h = new ContentHasher();
      for (const row of data) h.row(row, 2);
      return h.digest();
    };
    const base = hash(rows);
    expect(hash([...rows.slice(0, 3), [true, 0]])).not.toBe(base);
    expect(hash([...rows.slice(0, 3), ["", true]])).not.toBe(base);
    expect(hash([["GebiedScore", ""], ...rows.slice(1)])).not.toBe(base);
    expect(hash(rows)).toBe(base);
  });
});
