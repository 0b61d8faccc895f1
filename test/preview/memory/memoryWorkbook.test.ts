/**
 * The in-memory workbook as the task pane sees it (WorkbookPort) and as the
 * browser preview drives it (model, subscribe, setCell, select, sheets).
 */
import { MemoryWorkbook, type WorkbookChange } from "../../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../../src/preview/memory/models";
import { WorkbookError } from "../../../src/workbook/errors";
import { setLanguageOverride } from "../../../src/i18n/language";
import { OWNED_SHEETS_KEY, type OwnedSheets } from "../../../src/workbook/signature";
import type { PictureSpec } from "../../../src/workbook/model";
import type { OutputSheet } from "../../../src/workbook/port";

function dataWorkbook(): MemoryWorkbook {
  const data = sheetFromRows("Data", [
    ["buurt", "inkomen", "werk"],
    ["A", 1, 2],
    ["B", 3, ""],
    ["C", 5, 6],
  ]);
  data.tables.push({ name: "Buurten", address: "A1:C4" });
  const notes = sheetFromRows("Notes", [["keep me"]]);
  return new MemoryWorkbook({ sheets: [data, notes], settings: {} });
}

function output(overrides: Partial<OutputSheet> = {}): OutputSheet {
  return {
    name: "MDI",
    tables: [
      {
        name: "MDI_Resultaten",
        topLeft: "A1",
        headers: ["Gebied", "Inkomen", "Decile"],
        rows: [
          [{ formula: "=Data!A2" }, { formula: "=Data!B2" }, 1],
          [{ formula: "=Data!A3" }, { formula: "=Data!B3" }, 10],
        ],
        numberFormats: ["", "0.000", "0"],
      },
    ],
    blocks: [{ topLeft: "E1", rows: [["Methode"], ["IoD exp-transform"]], header: true }],
    conditionalFormats: [{ kind: "colorScale", address: "C2:C3", colors: ["#f8696b", "#63be7b"] }],
    charts: [
      {
        name: "Decielen",
        type: "ColumnClustered",
        title: "Gebieden per deciel",
        series: [{ name: "Aantal", values: "C2:C3" }],
        topLeft: "G2",
        bottomRight: "N20",
      },
    ],
    frozenRows: 1,
    activate: true,
    ...overrides,
  };
}

beforeAll(() => setLanguageOverride("en"));
afterAll(() => setLanguageOverride(null));

describe("MemoryWorkbook: reading", () => {
  it("reads the selection with its first row as headers and empty cells as empty text", async () => {
    const workbook = dataWorkbook();
    await expect(workbook.readSelection()).rejects.toMatchObject({ code: "NO_SELECTION" });
    workbook.select("data", "$A$1:$C$4");
    expect(await workbook.readSelection()).toEqual({
      source: { kind: "selection", sheet: "Data", address: "A1:C4" },
      headers: ["buurt", "inkomen", "werk"],
      rows: [
        ["A", 1, 2],
        ["B", 3, ""],
        ["C", 5, 6],
      ],
    });
  });

  it("lists sheets and tables, and reads a table by name in any case", async () => {
    const workbook = dataWorkbook();
    expect(await workbook.listSheets()).toEqual(["Data", "Notes"]);
    expect(await workbook.listTables()).toEqual([
      { name: "Buurten", sheet: "Data", address: "A1:C4", rows: 3, columns: 3 },
    ]);
    const block = await workbook.readTable("BUURTEN");
    expect(block.source).toEqual({ kind: "table", sheet: "Data", address: "A1:C4", table: "Buurten" });
    expect(block.rows[2]).toEqual(["C", 5, 6]);
    const missing = await workbook.readTable("Gemeenten").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(WorkbookError);
    expect((missing as WorkbookError).message).toBe(
      'There is no table named "Gemeenten". Choose one of the tables in the list.',
    );
  });

  it("trims a whole-column selection and a table to their used rows and columns, as Excel's used range does", async () => {
    const workbook = dataWorkbook();
    workbook.select("Data", "A:U");
    expect(workbook.model.selection).toEqual({ sheet: "Data", address: "A1:U1048576" });
    const block = await workbook.readSelection();
    expect(block.source).toEqual({ kind: "selection", sheet: "Data", address: "A1:C4" });
    expect(block.rows).toEqual([
      ["A", 1, 2],
      ["B", 3, ""],
      ["C", 5, 6],
    ]);
    // A table with two empty rows at its end: they are left out.
    workbook.model.sheets[0].tables[0].address = "A1:C6";
    expect((await workbook.readTable("Buurten")).source.address).toBe("A1:C4");
  });

  it("refuses an empty selection and more than 5,000,000 cells, naming the used part", async () => {
    const workbook = dataWorkbook();
    workbook.select("Data", "E:F");
    await expect(workbook.readSelection()).rejects.toMatchObject({ code: "SELECTION_EMPTY" });
    workbook.setCell("Data", 500_000, 10, 1);
    workbook.select("Data", "A:U");
    await expect(workbook.readSelection()).rejects.toMatchObject({
      code: "SELECTION_TOO_LARGE",
      details: { address: "A1:K500001", rows: 500_001, columns: 11 },
    });
  });

  it("reads errors as their text, as Range.values does", async () => {
    const workbook = dataWorkbook();
    workbook.setCell("Data", 1, 2, { formula: "=SUM(B2:B4)" });
    workbook.select("Data", "A1:C2");
    expect((await workbook.readSelection()).rows).toEqual([["A", 1, "#NAME?"]]);
  });
});

describe("MemoryWorkbook: writing", () => {
  it("writes a sheet at the end with its cells, formats, table, colour scale and chart, and activates it", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    expect(await workbook.listSheets()).toEqual(["Data", "Notes", "MDI"]);
    const mdi = workbook.model.sheets[2];
    expect(mdi.cells[0].map((c) => c.value)).toEqual(["Gebied", "Inkomen", "Decile", "", "Methode"]);
    expect(mdi.cells[2].slice(0, 3)).toEqual([
      { value: "B", formula: "=Data!A3" },
      { value: 3, formula: "=Data!B3", numberFormat: "0.000" },
      { value: 10, numberFormat: "0" },
    ]);
    expect(mdi.cells[0][4]).toEqual({ value: "Methode", bold: true });
    expect(mdi.tables).toEqual([{ name: "MDI_Resultaten", address: "A1:C3", showBandedRows: true }]);
    expect(mdi.conditionalFormats).toEqual(output().conditionalFormats);
    expect(mdi.charts).toEqual(output().charts);
    expect(mdi.frozenRows).toBe(1);
    expect(workbook.model.selection).toEqual({ sheet: "MDI", address: "A1" });
  });

  it("replaces its sheet in place on a re-run without duplicating tables or charts, and touches no other sheet", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    const others = JSON.stringify(workbook.model.sheets.filter((s) => s.name !== "MDI"));
    workbook.model.sheets.unshift(workbook.model.sheets.pop()!); // the user moves MDI first
    await workbook.writeSheets([output({ charts: [] })]);
    expect(await workbook.listSheets()).toEqual(["MDI", "Data", "Notes"]);
    expect((await workbook.listTables()).map((t) => t.name)).toEqual(["MDI_Resultaten", "Buurten"]);
    expect(workbook.model.sheets[0].charts).toEqual([]);
    expect(JSON.stringify(workbook.model.sheets.filter((s) => s.name !== "MDI"))).toBe(others);
  });

  it("refuses what Excel would refuse, before changing anything", async () => {
    const workbook = dataWorkbook();
    const before = JSON.stringify(workbook.model);
    const refusals: Array<[Partial<OutputSheet>, string]> = [
      [{ tables: [{ name: "Buurten", topLeft: "A1", headers: ["a"], rows: [] }] }, "TABLE_NAME_TAKEN"],
      [{ tables: [{ name: "My table", topLeft: "A1", headers: ["a"], rows: [] }] }, "TABLE_NAME_INVALID"],
      [{ tables: [{ name: "B2", topLeft: "A1", headers: ["a"], rows: [] }] }, "TABLE_NAME_INVALID"],
      [{ tables: [{ name: "T", topLeft: "A1", headers: ["a", "A"], rows: [] }] }, "HEADER_INVALID"],
      [{ tables: [{ name: "T", topLeft: "A1", headers: ["a"], rows: [[1, 2]] }] }, "ROW_TOO_LONG"],
      [{ blocks: [{ topLeft: "B2", rows: [["x"]] }] }, "AREA_OVERLAP"],
      [{ name: "MDI:1" }, "SHEET_NAME_INVALID"],
      [{ conditionalFormats: [{ kind: "colorScale", address: "C2:", colors: [] }] }, "ADDRESS_INVALID"],
    ];
    for (const [overrides, code] of refusals) {
      await expect(workbook.writeSheets([output(overrides)])).rejects.toMatchObject({ code });
    }
    await expect(workbook.writeSheets([output(), output({ name: "Other" })])).rejects.toMatchObject({
      code: "TABLE_NAME_DUPLICATE",
    });
    expect(JSON.stringify(workbook.model)).toBe(before);
  });

  it("gives a table without rows one empty row, as Excel does", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output({ tables: [{ name: "Leeg", topLeft: "A1", headers: ["a", "b"], rows: [] }] })]);
    expect(workbook.model.sheets[2].tables[0].address).toBe("A1:B2");
  });
});

describe("MemoryWorkbook: sheet ownership", () => {
  it("goes from absent to ours, to edited after a user's edit, and back to ours after a re-run", async () => {
    const workbook = dataWorkbook();
    expect(await workbook.sheetState("MDI")).toBe("absent");
    await workbook.writeSheets([output()]);
    expect(await workbook.sheetState("MDI")).toBe("ours");
    expect(await workbook.sheetState("mdi")).toBe("ours");
    workbook.setCell("MDI", 2, 2, 3);
    expect(await workbook.sheetState("MDI")).toBe("edited");
    await workbook.writeSheets([output()]);
    expect(await workbook.sheetState("MDI")).toBe("ours");
  });

  it("stays ours when only the data its formulas read changes", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    workbook.setCell("Data", 1, 1, 42);
    expect(workbook.model.sheets[2].cells[1][1].value).toBe(42);
    expect(await workbook.sheetState("MDI")).toBe("ours");
  });

  it("calls a sheet it did not write foreign", async () => {
    const workbook = dataWorkbook();
    expect(await workbook.sheetState("Notes")).toBe("foreign");
    await workbook.writeSheets([output({ name: "Notes" })]);
    expect(await workbook.sheetState("Notes")).toBe("ours");
    expect(Object.keys((await workbook.loadSetting<Record<string, unknown>>(OWNED_SHEETS_KEY)) ?? {})).toEqual([
      "Notes",
    ]);
  });
});

describe("MemoryWorkbook: settings, changes and sheets", () => {
  it("stores settings as JSON copies", async () => {
    const workbook = dataWorkbook();
    const config = { weights: [0.5, 0.5], method: "exp" };
    await workbook.saveSetting("mdi.config", config);
    config.weights.push(1);
    const loaded = await workbook.loadSetting<typeof config>("mdi.config");
    expect(loaded).toEqual({ weights: [0.5, 0.5], method: "exp" });
    loaded!.method = "mean";
    expect((await workbook.loadSetting<typeof config>("mdi.config"))?.method).toBe("exp");
    await workbook.saveSetting("mdi.config", undefined);
    expect(await workbook.loadSetting("mdi.config")).toBeUndefined();
  });

  it("tells listeners after every change until they unsubscribe", async () => {
    const workbook = dataWorkbook();
    const seen: WorkbookChange[] = [];
    const stop = workbook.subscribe((change) => seen.push(change));
    const version = workbook.version;
    workbook.setCell("Data", 1, 1, 7);
    workbook.select("Data", "A1:C4");
    await workbook.writeSheets([output()]);
    await workbook.saveSetting("x", 1);
    stop();
    workbook.setCell("Data", 1, 1, 8);
    expect(seen).toEqual([
      { kind: "cells", sheets: ["Data"] },
      { kind: "selection", sheets: ["Data"] },
      { kind: "sheets", sheets: ["MDI"] },
      { kind: "settings", sheets: [] },
    ]);
    expect(workbook.version).toBe(version + 5);
  });

  it("adds and removes sheets, refusing taken names", () => {
    const workbook = dataWorkbook();
    workbook.addSheet("Import", [
      ["a", "b"],
      [1, { formula: "=A2" }],
    ]);
    expect(workbook.model.sheets[2].cells[1][1]).toEqual({ value: 1, formula: "=A2" });
    expect(() => workbook.addSheet("import")).toThrow(WorkbookError);
    workbook.select("Import", "A1");
    workbook.removeSheet("Import");
    expect(workbook.model.sheets.map((s) => s.name)).toEqual(["Data", "Notes"]);
    expect(workbook.model.selection).toBeUndefined();
    expect(() => workbook.removeSheet("Import")).toThrow(WorkbookError);
  });

  it("keeps a cell's number format when a user types over it", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    workbook.setCell("MDI", 1, 1, 0.5);
    expect(workbook.model.sheets[2].cells[1][1]).toEqual({ value: 0.5, numberFormat: "0.000" });
  });
});

describe("MemoryWorkbook: the whole sheet against what the add-in wrote", () => {
  const sheet = {
    name: "MDI",
    tables: [],
    blocks: [{ topLeft: "A1", rows: [["Gebied"], ['=HYPERLINK("https://x","klik")'], ['=WEBSERVICE("https://x")']] }],
    conditionalFormats: [],
    charts: [],
  };

  it("keeps text starting with = as text and never evaluates it", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([sheet]);
    const cells = workbook.model.sheets[0].cells;
    expect(cells[1][0]).toEqual({ value: '=HYPERLINK("https://x","klik")' });
    expect(cells[2][0].formula).toBeUndefined();
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "ours", changes: [] });
  });

  it("names a note typed outside what it wrote, and a chart someone added", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([sheet]);
    workbook.setCell("MDI", 2, 3, "my note");
    workbook.model.sheets[0].charts.push({
      name: "Mine",
      type: "Line",
      title: "",
      series: [{ name: "s", values: "A1:A2" }],
      topLeft: "F1",
      bottomRight: "H5",
    });
    expect(await workbook.checkSheet("mdi")).toEqual({
      state: "edited",
      changes: [
        { kind: "chart", name: "Mine" },
        { kind: "cells", address: "D3" },
      ],
    });
  });
});

describe("MemoryWorkbook: pictures", () => {
  const map: PictureSpec = {
    name: "MDI_Kaart",
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"/>',
    topLeft: "P2",
    width: 300,
    height: 200,
    description: "Kaart van de decielen",
  };

  it("places a picture on its sheet, replacing one of the same name, keeping the sheet ours and its cells", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    const mdi = workbook.model.sheets[2];
    const cells = JSON.stringify(mdi.cells);
    const seen: WorkbookChange[] = [];
    workbook.subscribe((change) => seen.push(change));
    await workbook.placePicture("mdi", map);
    await workbook.placePicture("MDI", { ...map, name: "mdi_kaart", topLeft: "P30" });
    expect(mdi.pictures).toEqual([{ ...map, name: "mdi_kaart", topLeft: "P30" }]);
    expect(JSON.stringify(mdi.cells)).toBe(cells);
    expect(seen).toEqual([
      { kind: "pictures", sheets: ["MDI"] },
      { kind: "pictures", sheets: ["MDI"] },
    ]);
    const owned = await workbook.loadSetting<OwnedSheets>(OWNED_SHEETS_KEY);
    expect(owned?.MDI.shapes).toEqual(["mdi_kaart"]);
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "ours", changes: [] });
  });

  it("reports a picture the add-in did not place as a shape, as Excel does", async () => {
    const workbook = dataWorkbook();
    await workbook.writeSheets([output()]);
    workbook.model.sheets[2].pictures = [{ ...map, name: "Picture 1" }];
    expect(await workbook.checkSheet("MDI")).toEqual({
      state: "edited",
      changes: [{ kind: "shape", name: "Picture 1" }],
    });
  });

  it("writes a sheet's pictures (copies) and signs them; a re-run replaces them with the sheet", async () => {
    const workbook = dataWorkbook();
    const sheet = output({ pictures: [{ ...map }] });
    await workbook.writeSheets([sheet]);
    sheet.pictures![0].topLeft = "A1";
    expect(workbook.model.sheets[2].pictures).toEqual([map]);
    expect((await workbook.loadSetting<OwnedSheets>(OWNED_SHEETS_KEY))?.MDI.shapes).toEqual(["MDI_Kaart"]);
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "ours", changes: [] });
    await workbook.placePicture("MDI", { ...map, name: "Extra" });
    await workbook.writeSheets([output()]);
    expect(workbook.model.sheets[2].pictures).toBeUndefined();
  });

  it("refuses an absent sheet and a top-left that is not a cell, and owns no sheet it did not write", async () => {
    const workbook = dataWorkbook();
    await expect(workbook.placePicture("Kaart", map)).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
    await expect(workbook.placePicture("Data", { ...map, topLeft: "nowhere" })).rejects.toMatchObject({
      code: "ADDRESS_INVALID",
    });
    await workbook.placePicture("Data", map);
    expect(workbook.model.sheets[0].pictures).toHaveLength(1);
    expect(await workbook.checkSheet("Data")).toEqual({ state: "foreign", changes: [] });
  });
});
