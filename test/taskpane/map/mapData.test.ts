/**
 * The map's rows (src/taskpane/map/mapData.ts): which data columns can name areas, and the change per area
 * taken from the trend table by the key column it was computed on.
 */
import { changeOfRows, keyColumns } from "../../../src/taskpane/map/mapData";
import { STRINGS } from "../../../src/taskpane/strings";
import type { DataBlock } from "../../../src/workbook/port";

const data: DataBlock = {
  source: { kind: "table", sheet: "Buurten", address: "A1:E4", table: "Buurten" },
  headers: ["Buurtcode", "Buurt", "Wijk", "Inwoners", "Laag inkomen"],
  rows: [
    ["BU03630000", "Kop Zeedijk", "WK036300", 1000, 12.5],
    ["BU03630001", "Oude Kerk e.o.", "WK036300", 800, ""],
    ["BU03630002", "Burgwallen Oost", "WK036300", 1200, 9],
  ],
};

test("the text columns name areas, the area column first; numbers do not", () => {
  const columns = keyColumns(data, "Buurt");
  expect(columns.map((c) => c.header)).toEqual(["Buurt", "Buurtcode", "Wijk"]);
  expect(columns[1].values).toEqual(["BU03630000", "BU03630001", "BU03630002"]);
});

test("the change per area from the trend table, by the trend's key column; NaN where it has none", () => {
  const s = STRINGS.en.trend.sheet;
  const trend: DataBlock = {
    source: { kind: "table", sheet: "MDI ontwikkeling", address: "A5:I8", table: "MDI_Ontwikkeling" },
    headers: ["Buurtcode", s.area, s.earlier, s.later, s.change, s.earlierDecile, s.laterDecile, s.direction],
    rows: [
      ["bu03630002", "Burgwallen Oost", 0.5, 0.2, -0.3, 3, 4, ""],
      ["BU03630000", "Kop Zeedijk", 0.1, 0.4, 0.3, 5, 4, ""],
      ["BU03630001", "Oude Kerk e.o.", "", 0.4, "", "", 4, ""],
    ],
  };
  expect(Array.from(changeOfRows(trend, data, ["Kop Zeedijk", "Oude Kerk e.o.", "Burgwallen Oost"])!)).toEqual([
    0.3,
    NaN,
    -0.3,
  ]);
  // Written in Dutch, matched by name when the key column is not in the data.
  const n = STRINGS.nl.trend.sheet;
  const byName: DataBlock = {
    ...trend,
    headers: ["Code", n.area, n.earlier, n.later, n.change, n.earlierDecile, n.laterDecile, n.direction],
  };
  expect(Array.from(changeOfRows(byName, data, ["Kop Zeedijk", "Oude Kerk e.o.", "Burgwallen Oost"])!)).toEqual([
    0.3,
    NaN,
    -0.3,
  ]);
  // Keyed on a column of names (a table without codes): matched on the names as they are.
  const byNameColumn: DataBlock = {
    ...trend,
    headers: ["Buurt", ...trend.headers.slice(1)],
    rows: trend.rows.map((row) => [row[1], ...row.slice(1)]),
  };
  expect(Array.from(changeOfRows(byNameColumn, data, ["Kop Zeedijk", "Oude Kerk e.o.", "Burgwallen Oost"])!)).toEqual([
    0.3,
    NaN,
    -0.3,
  ]);
  expect(changeOfRows({ ...trend, headers: ["a", "b"] }, data, [])).toBeNull();
});
