/**
 * The Office.js workbook against office-addin-mock (see fakeExcel.ts): one
 * Excel.run per action, a bounded number of syncs (none per row), writes
 * only to the sheets named, chunks under Excel on the web's 5 MB per sync,
 * tables/charts/colour scales requested, signatures saved in the settings.
 */
import { createOfficeWorkbook } from "../../src/excel";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../src/preview/memory/models";
import { WorkbookError } from "../../src/workbook/errors";
import { OWNED_SHEETS_KEY } from "../../src/workbook/signature";
import type { OutputSheet } from "../../src/workbook/port";
import { EXCEL_PAYLOAD_LIMIT, FakeExcel } from "./fakeExcel";

function dataExcel(options = {}): FakeExcel {
  const excel = new FakeExcel(options);
  excel.install();
  const data = excel.addSheet("Data");
  data.fill([
    ["buurt", "inkomen", "werk"],
    ["A", 1, 2],
    ["B", 3, 4],
    ["C", 5, ""],
  ]);
  excel.addSheet("Notes").fill([["keep me"]]);
  return excel;
}

function mdiSheet(overrides: Partial<OutputSheet> = {}): OutputSheet {
  return {
    name: "MDI",
    tables: [
      {
        name: "MDI_Resultaten",
        topLeft: "A1",
        headers: ["Gebied", "Score", "Deciel"],
        rows: [
          ["A", { formula: "='MDI berekening'!A2" }, 1],
          ["0363", { formula: "='MDI berekening'!A3" }, 10],
        ],
        numberFormats: ["@", "0.000", "0"],
      },
    ],
    blocks: [{ topLeft: "E1", rows: [["Methode"], ["IoD exp"]], header: true }],
    conditionalFormats: [
      { kind: "colorScale", address: "C2:C3", colors: ["#f8696b", "#ffeb84", "#63be7b"], points: [1, 5.5, 10] },
    ],
    charts: [
      {
        name: "Decielen",
        type: "ColumnClustered",
        title: "Gebieden per deciel",
        series: [
          { name: "Aantal", values: "C2:C3", categories: "A2:A3" },
          { name: "Tweede", values: "'MDI berekening'!A2:A3" },
        ],
        xAxisTitle: "Deciel",
        yAxisTitle: "Aantal gebieden",
        topLeft: "G2",
        bottomRight: "N20",
      },
    ],
    frozenRows: 1,
    activate: true,
    ...overrides,
  };
}

const helperSheet: OutputSheet = {
  name: "MDI berekening",
  tables: [],
  blocks: [{ topLeft: "A1", rows: [["Score"], [{ formula: "=MDI.SCORE(Data!B2:C4)" }]], header: true }],
  conditionalFormats: [],
  charts: [],
};

describe("createOfficeWorkbook: reading", () => {
  it("reads the selection in one Excel.run and two syncs", async () => {
    const excel = dataExcel();
    excel.selection = { sheet: excel.sheet("Data")!, address: "A1:C4" };
    const block = await createOfficeWorkbook().readSelection();
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);
    expect(block.source).toEqual({ kind: "selection", sheet: "Data", address: "A1:C4" });
    expect(block.headers).toEqual(["buurt", "inkomen", "werk"]);
    expect(block.rows).toEqual([
      ["A", 1, 2],
      ["B", 3, 4],
      ["C", 5, ""],
    ]);
  });

  it("reads a large selection in chunks under 5 MB, one sync per chunk, rows in order", async () => {
    const excel = dataExcel();
    const rows = Array.from({ length: 33755 }, (_, i) => [`E0${i}`, i, i / 7, i * 2, 1, 2, 3, 4]);
    excel.sheet("Data")!.fill([["code", "a", "b", "c", "d", "e", "f", "g"], ...rows]);
    excel.selection = { sheet: excel.sheet("Data")!, address: "A1:H33756" };
    const block = await createOfficeWorkbook().readSelection();
    // 33,756 rows × 8 cells × 24 bytes = 6.5 MB assumed: after the shape, a first read sized for 1 MB,
    // then the rest in one read sized from the 6–7 bytes a cell the first one took.
    expect(excel.syncs).toBe(3);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(4_000_000);
    expect(block.rows.length).toBe(33755);
    expect(block.rows[33754]).toEqual(rows[33754]);
    expect(block.rows[20000]).toEqual(rows[20000]);
  });

  it("sizes later chunks from what earlier ones took, so long texts stay under 5 MB a response", async () => {
    const excel = dataExcel();
    const rows = Array.from({ length: 40000 }, (_, i) => [
      `${"Zuidoost ".repeat(8)}${i}`,
      `${"buurt ".repeat(10)}${i}`,
      i,
    ]);
    excel.sheet("Data")!.fill([["naam", "omschrijving", "x"], ...rows]);
    excel.selection = { sheet: excel.sheet("Data")!, address: "A1:C40001" };
    const block = await createOfficeWorkbook().readSelection();
    expect(block.rows.length).toBe(40000);
    expect(block.rows[39999]).toEqual(rows[39999]);
    for (const bytes of excel.responseBytes) expect(bytes).toBeLessThan(4_000_000 * 1.1);
  });

  it("trims a whole-column selection (A:U) to its used rows and columns before reading any value", async () => {
    const excel = dataExcel();
    excel.selection = { sheet: excel.sheet("Data")!, address: "A:U" };
    const block = await createOfficeWorkbook().readSelection();
    // The shape of the used part in one sync, its values in the next: never 1,048,576 rows.
    expect(excel.syncs).toBe(2);
    expect(block.source).toEqual({ kind: "selection", sheet: "Data", address: "A1:C4" });
    expect(block.headers).toEqual(["buurt", "inkomen", "werk"]);
    expect(block.rows).toEqual([
      ["A", 1, 2],
      ["B", 3, 4],
      ["C", 5, ""],
    ]);
    expect(Math.max(...excel.responseBytes)).toBeLessThan(200);
  });

  it("refuses an empty selection, and data over 5,000,000 cells before reading a value, saying what to select", async () => {
    const excel = dataExcel();
    excel.selection = { sheet: excel.sheet("Data")!, address: "E:F" };
    await expect(createOfficeWorkbook().readSelection()).rejects.toMatchObject({ code: "SELECTION_EMPTY" });
    // 500,001 rows × 11 columns = 5,500,011 cells: only the corners need a value for the used range.
    excel.sheet("Data")!.fill([["x"]], "K500001");
    excel.selection = { sheet: excel.sheet("Data")!, address: "A:U" };
    const refusal = await createOfficeWorkbook()
      .readSelection()
      .catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "SELECTION_TOO_LARGE" });
    expect((refusal as Error).message).toBe(
      "The data in A1:K500001 is 500,001 rows × 11 columns: more than the 5,000,000 cells Excel passes to an add-in " +
        "in one read. Select only the columns the index needs (area code, group, population and the indicators), or fewer rows.",
    );
    expect(excel.responseBytes.every((bytes) => bytes === 0)).toBe(true);
  });

  it("rejects with Excel's own message when Excel refuses", async () => {
    dataExcel();
    await expect(createOfficeWorkbook().readSelection()).rejects.toThrow("InvalidSelection: no range is selected");
  });

  it("lists sheets and tables and reads a table", async () => {
    const excel = dataExcel();
    excel.tables.push({ name: "Buurten", sheet: excel.sheet("Data")!, address: "A1:C4" });
    const workbook = createOfficeWorkbook();
    expect(await workbook.listSheets()).toEqual(["Data", "Notes"]);
    expect(excel.syncs).toBe(1);
    expect(await workbook.listTables()).toEqual([
      { name: "Buurten", sheet: "Data", address: "A1:C4", rows: 3, columns: 3 },
    ]);
    expect(excel.syncs).toBe(3);
    const block = await workbook.readTable("buurten");
    expect(block.source).toEqual({ kind: "table", sheet: "Data", address: "A1:C4", table: "Buurten" });
    expect(block.rows[1]).toEqual(["B", 3, 4]);
    expect(excel.runs).toBe(3);
    await expect(workbook.readTable("Nope")).rejects.toThrow(WorkbookError);
    expect(excel.runs).toBe(4);
  });
});

describe("createOfficeWorkbook: writing", () => {
  it("writes a sheet with its table, formats, colour scale and chart in one Excel.run and two syncs", async () => {
    const excel = dataExcel();
    const dataBefore = new Map(excel.sheet("Data")!.cells);
    await createOfficeWorkbook().writeSheets([helperSheet, mdiSheet()]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);

    const mdi = excel.sheet("MDI")!;
    expect(mdi.grid("A1:C3")).toEqual([
      ["Gebied", "Score", "Deciel"],
      ["A", "='MDI berekening'!A2", 1],
      ["0363", "='MDI berekening'!A3", 10],
    ]);
    // "0363" would become the number 363: it is sent as text ('0363).
    const sent = excel.calls.find((c) => c.op === "formulas" && c.sheet === "MDI" && c.address === "A1:C3");
    expect((sent?.detail as unknown[][])[2]).toEqual(["'0363", "='MDI berekening'!A3", 10]);
    expect(excel.tables.map((t) => [t.name, t.sheet.name, t.address])).toEqual([["MDI_Resultaten", "MDI", "A1:C3"]]);
    expect(mdi.numberFormats.get("B3")).toBe("0.000");
    expect(mdi.numberFormats.get("A1")).toBeUndefined();
    expect(mdi.bold.has("E1")).toBe(true);
    expect(mdi.colorScales).toEqual([
      {
        address: "C2:C3",
        criteria: {
          minimum: { color: "#f8696b", type: "Number", formula: "1" },
          midpoint: { color: "#ffeb84", type: "Number", formula: "5.5" },
          maximum: { color: "#63be7b", type: "Number", formula: "10" },
        },
      },
    ]);
    const [chart] = excel.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.name).toBe("Decielen");
    expect(chart.title.text).toBe("Gebieden per deciel");
    expect(chart.series).toEqual([
      { name: "Aantal", values: "MDI!C2:C3", xValues: "MDI!A2:A3" },
      { name: "Tweede", values: "MDI berekening!A2:A3" },
    ]);
    expect(chart.axes.categoryAxis.title.text).toBe("Deciel");
    expect(chart.axes.valueAxis.title.text).toBe("Aantal gebieden");
    expect(chart.position).toEqual(["G2", "N20"]);
    expect(mdi.frozenRows).toBe(1);
    expect(excel.active).toBe(mdi);

    // Nothing else was touched.
    const touched = new Set(excel.writes().map((c) => c.sheet));
    expect([...touched].sort()).toEqual(["MDI", "MDI berekening"]);
    expect(excel.sheet("Data")!.cells).toEqual(dataBefore);
    expect(excel.sheet("Notes")!.get("A1")).toBe("keep me");

    // The signature is saved.
    expect(excel.saves).toBe(1);
    const owned = excel.settings.get(OWNED_SHEETS_KEY) as Record<string, { areas: string[] }>;
    expect(Object.keys(owned).sort()).toEqual(["MDI", "MDI berekening"]);
    expect(owned.MDI.areas).toEqual(["A1:C3", "E1:E2"]);
  });

  it("empties and rewrites its sheets on a re-run: same sheets and order, no duplicate tables or charts", async () => {
    const excel = dataExcel();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([helperSheet, mdiSheet()]);
    const mdi = excel.sheet("MDI")!;
    // A note typed far from what the add-in wrote: the pane is told, so it asks before replacing.
    mdi.cells.set("Z99", "a note typed by hand");
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "edited", changes: [{ kind: "cells", address: "Z99" }] });
    mdi.cells.delete("Z99");
    expect((await workbook.checkSheet("MDI")).state).toBe("ours");
    excel.sheets.push(excel.sheets.splice(0, 1)[0]); // the user moves Data to the end
    const order = excel.sheets.map((s) => s.name);
    await workbook.writeSheets([helperSheet, mdiSheet()]);
    expect(excel.runs).toBe(4);
    // 2 syncs for the first write; 3 for the second: its old charts are listed in the first write batch.
    expect(excel.syncs).toBe(5 + 2 * 3); // and 3 for each check
    // The same sheet objects (formulas elsewhere that refer to them keep working), in the same order.
    expect(excel.sheet("MDI")).toBe(mdi);
    expect(excel.sheets.map((s) => s.name)).toEqual(order);
    expect(excel.calls.filter((c) => c.op === "delete")).toEqual([]);
    expect(mdi.get("B2")).toBe("='MDI berekening'!A2");
    expect(excel.tables.map((t) => t.name)).toEqual(["MDI_Resultaten"]);
    expect(excel.charts.map((c) => c.name)).toEqual(["Decielen"]);
    expect(mdi.colorScales).toHaveLength(1);
    const cleared = excel.calls.filter((c) => c.op === "clear").map((c) => c.sheet);
    expect(cleared.sort()).toEqual(["MDI", "MDI berekening"]);
  });

  it("refuses a chart on a sheet that does not exist, before changing anything", async () => {
    const excel = dataExcel();
    await expect(createOfficeWorkbook().writeSheets([mdiSheet()])).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
    expect(excel.writes()).toEqual([]);
  });

  it("refuses a table name used on a sheet it does not replace, before changing anything", async () => {
    const excel = dataExcel();
    excel.tables.push({ name: "mdi_resultaten", sheet: excel.sheet("Data")!, address: "A1:C4" });
    await expect(createOfficeWorkbook().writeSheets([mdiSheet()])).rejects.toMatchObject({ code: "TABLE_NAME_TAKEN" });
    expect(excel.writes()).toEqual([]);
    expect(excel.syncs).toBe(1);
    expect(excel.saves).toBe(0);
  });

  it("splits a 33,755-row table of live formulas into syncs under 5 MB, at most 5 in all", async () => {
    const excel = dataExcel();
    const n = 33755;
    const rows = Array.from({ length: n }, (_, i) => [
      `E0100${i}`,
      ...Array.from({ length: 9 }, (_, k) => ({ formula: `='MDI berekening'!${"ABCDEFGHI"[k]}${i + 2}` })),
    ]);
    const headers = ["Gebied", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "Score", "Rang"];
    await createOfficeWorkbook().writeSheets([
      {
        name: "MDI",
        tables: [{ name: "MDI_Resultaten", topLeft: "A1", headers, rows }],
        blocks: [],
        conditionalFormats: [],
        charts: [],
      },
    ]);
    const total = excel.syncBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT); // one sync would have been refused
    for (const bytes of excel.syncBytes) expect(bytes).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    expect(excel.syncs).toBe(1 + Math.ceil(total / 4_000_000));
    expect(excel.syncs).toBeLessThanOrEqual(5);
    expect(excel.runs).toBe(1);
    const mdi = excel.sheet("MDI")!;
    expect(mdi.get(`J${n + 1}`)).toBe(`='MDI berekening'!I${n + 1}`);
    expect(mdi.get(`A${n + 1}`)).toBe(`E0100${n - 1}`);
    expect(excel.tables[0].address).toBe(`A1:J${n + 1}`);
  });

  it("with only ExcelApi 1.5 still draws the chart (first series), without colour scale and frozen panes", async () => {
    const excel = dataExcel({ api17: false });
    await createOfficeWorkbook().writeSheets([helperSheet, mdiSheet()]);
    expect(excel.charts).toHaveLength(1);
    expect(excel.charts[0].series).toEqual([{ name: "Series1", values: "MDI!C2:C3" }]);
    expect(excel.sheet("MDI")!.frozenRows).toBe(0);
    expect(excel.sheet("MDI")!.colorScales).toEqual([]);
  });

  it("sets orientation and fit-to-one-page where Excel has page layout, and skips it where not", async () => {
    const excel = dataExcel();
    const pageSetup = { orientation: "portrait", fitToPagesWide: 1, fitToPagesTall: 1 } as const;
    await createOfficeWorkbook().writeSheets([helperSheet, mdiSheet({ pageSetup })]);
    expect(excel.sheet("MDI")!.pageLayout).toEqual({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    const older = dataExcel({ api17: false });
    await createOfficeWorkbook().writeSheets([helperSheet, mdiSheet({ pageSetup })]);
    expect(older.sheet("MDI")!.pageLayout).toEqual({});
  });

  it("rejects when Office cannot save the settings", async () => {
    dataExcel({ failSave: "The document is read-only." });
    await expect(createOfficeWorkbook().saveSetting("x", 1)).rejects.toThrow("The document is read-only.");
  });
});

describe("createOfficeWorkbook: sheet ownership and settings", () => {
  it("tells absent, foreign, ours and edited apart", async () => {
    const excel = dataExcel();
    const workbook = createOfficeWorkbook();
    expect(await workbook.sheetState("MDI")).toBe("absent");
    expect(await workbook.sheetState("Notes")).toBe("foreign");
    await workbook.writeSheets([helperSheet, mdiSheet()]);
    const before = excel.syncs;
    expect(await workbook.sheetState("mdi")).toBe("ours");
    expect(excel.syncs - before).toBe(3); // existence; used range, tables, charts, shapes and spills; the cells
    excel.sheet("MDI")!.cells.set("B3", 42);
    expect(await workbook.sheetState("MDI")).toBe("edited");
  });

  it("names a chart, table or shape someone added to its sheet, and a changed band of its own cells", async () => {
    const excel = dataExcel();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([helperSheet, mdiSheet()]);
    const mdi = excel.sheet("MDI")!;
    mdi.shapes.push({ name: "Picture 1" });
    excel.tables.push({ name: "MyTable", sheet: mdi, address: "H1:H2" });
    mdi.cells.set("B3", 42);
    expect(await workbook.checkSheet("MDI")).toEqual({
      state: "edited",
      changes: [
        { kind: "table", name: "MyTable" },
        { kind: "shape", name: "Picture 1" },
        { kind: "cells", address: "A1:C3" },
      ],
    });
  });

  it("writes data text that starts with = + - @ or a tab as text, never as a formula", async () => {
    const excel = dataExcel();
    const names = ['=HYPERLINK("https://x","klik")', '=WEBSERVICE("https://x")', " =1+1", "\tnote", "@SUM(A1)"];
    await createOfficeWorkbook().writeSheets([
      {
        name: "Namen",
        tables: [],
        blocks: [{ topLeft: "A1", rows: names.map((n) => [n]) }],
        conditionalFormats: [],
        charts: [],
      },
    ]);
    // Excel's rule: a leading apostrophe makes the rest text and is not part of the value.
    const sent = excel.calls.find((c) => c.op === "formulas" && c.sheet === "Namen")!.detail as string[][];
    expect(sent.map((r) => r[0])).toEqual(names.map((n) => `'${n}`));
    expect(
      excel
        .sheet("Namen")!
        .grid("A1:A5")
        .map((r) => r[0]),
    ).toEqual(names);
  });

  it("agrees with the in-memory workbook on what it wrote", async () => {
    const excel = dataExcel();
    await createOfficeWorkbook().writeSheets([helperSheet, mdiSheet()]);
    const memory = new MemoryWorkbook({
      sheets: [sheetFromRows("Data", [["buurt"], ["A"]])],
      settings: {},
    });
    await memory.writeSheets([helperSheet, mdiSheet()]);
    expect((excel.settings.get(OWNED_SHEETS_KEY) as Record<string, unknown>).MDI).toEqual(
      (await memory.loadSetting<Record<string, unknown>>(OWNED_SHEETS_KEY))?.MDI,
    );
  });

  it("stores and loads settings through Office's document settings, saving each change", async () => {
    const excel = dataExcel();
    const workbook = createOfficeWorkbook();
    expect(await workbook.loadSetting("mdi.config")).toBeUndefined();
    await workbook.saveSetting("mdi.config", { weights: [0.5, 0.5], method: "exp" });
    expect(excel.saves).toBe(1);
    expect(await workbook.loadSetting("mdi.config")).toEqual({ weights: [0.5, 0.5], method: "exp" });
    await workbook.saveSetting("mdi.config", undefined);
    expect(await workbook.loadSetting("mdi.config")).toBeUndefined();
    expect(excel.runs).toBe(0);
  });
});
