/**
 * A1 cells and addresses: the one reader both workbook implementations and
 * the preview's formula parser use.
 */
import { parseAddress, parseCell } from "../../src/workbook/model";

const cell = (row: number, column: number) => ({ row, column });

describe("parseCell", () => {
  it("reads A1 cells with or without $, in any case, up to XFD1048576", () => {
    expect(parseCell("B2")).toEqual(cell(1, 1));
    expect(parseCell("$h$480")).toEqual(cell(479, 7));
    expect(parseCell("XFD1048576")).toEqual(cell(1048575, 16383));
  });

  it("refuses what is not a cell", () => {
    for (const text of ["XFE1", "A1048577", "A0", "ABCD1", "B", "12", "B2C", "TRUE"])
      expect(parseCell(text)).toBeUndefined();
  });
});

describe("parseAddress", () => {
  it("reads cells and ranges with or without a sheet, corners in order", () => {
    expect(parseAddress("B2")).toEqual({ sheet: undefined, start: cell(1, 1), end: cell(1, 1) });
    expect(parseAddress(" $H$480:$B$2 ")).toEqual({ sheet: undefined, start: cell(1, 1), end: cell(479, 7) });
    expect(parseAddress("'It''s here'!A1:C3")).toEqual({ sheet: "It's here", start: cell(0, 0), end: cell(2, 2) });
    expect(parseAddress("Data!B2")).toMatchObject({ sheet: "Data", start: cell(1, 1) });
  });

  it("refuses what is not an address", () => {
    for (const text of ["", "B", "B:B", "A0", "XFE1", "A1:", "Data!", "MDI.SCORE"])
      expect(() => parseAddress(text)).toThrow(/not a cell address/);
  });
});
