/**
 * Pictures through the Office.js workbook (office-addin-mock, see fakeExcel.ts): placed on a sheet the
 * add-in wrote at the top-left corner of their cell, named, sized and with alt text, replacing the
 * add-in's earlier picture of that name, touching no cell, and recorded in the sheet's signature so the
 * sheet stays "ours"; written with a sheet by writeSheets, which removes the sheet's old shapes first.
 * Without ExcelApi 1.9 placing is refused with a clear code, and writing puts a line of text where each
 * picture would be, saying what it shows and why it is not there.
 */
import { createOfficeWorkbook } from "../../src/excel";
import { widthInPoints } from "../../src/excel/formats";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../src/preview/memory/models";
import { setLanguageOverride } from "../../src/i18n/language";
import { WorkbookError } from "../../src/workbook/errors";
import type { PictureSpec } from "../../src/workbook/model";
import type { OutputSheet } from "../../src/workbook/port";
import { OWNED_SHEETS_KEY, type OwnedSheets } from "../../src/workbook/signature";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200"/></svg>';

const map: PictureSpec = {
  name: "MDI_Kaart",
  svg: SVG,
  topLeft: "C3",
  width: 300,
  height: 200,
  description: "Kaart van de MDI-decielen per buurt",
};

function sheet(overrides: Partial<OutputSheet> = {}): OutputSheet {
  return {
    name: "MDI",
    tables: [],
    blocks: [
      {
        topLeft: "A1",
        rows: [
          ["Gebied", "Score"],
          ["A", 1.5],
        ],
        header: true,
      },
    ],
    conditionalFormats: [],
    charts: [
      {
        name: "Decielen",
        type: "ColumnClustered",
        title: "Gebieden per deciel",
        series: [{ name: "Score", values: "B2:B2" }],
        topLeft: "E2",
        bottomRight: "K12",
      },
    ],
    columnWidths: [10, 20],
    ...overrides,
  };
}

function excelWith(options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  excel.install();
  excel.addSheet("Data").fill([["buurt"], ["A"]]);
  return excel;
}

/** Where the fake puts C3 with columns A and B set to 10 and 20 characters. */
const C3 = { left: widthInPoints(10) + widthInPoints(20), top: 30 };

beforeAll(() => setLanguageOverride("en"));
afterAll(() => setLanguageOverride(null));

describe("createOfficeWorkbook: placePicture", () => {
  it("adds the picture at its cell with its name, size and alt text, in one Excel.run of 3 syncs, touching no cell", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([sheet()]);
    const [runs, syncs, calls] = [excel.runs, excel.syncs, excel.calls.length];
    await workbook.placePicture("mdi", map);
    expect(excel.runs - runs).toBe(1);
    expect(excel.syncs - syncs).toBe(3);
    expect(excel.sheet("MDI")!.shapes).toEqual([
      {
        name: "MDI_Kaart",
        svg: SVG,
        ...C3,
        width: 300,
        height: 200,
        altTextTitle: "MDI_Kaart",
        altTextDescription: "Kaart van de MDI-decielen per buurt",
      },
    ]);
    expect(excel.calls.slice(calls).map((c) => c.op)).toEqual(["picture"]);
  });

  it("replaces its earlier picture of the same name and keeps someone's", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([sheet()]);
    await workbook.placePicture("MDI", map);
    excel.sheet("MDI")!.shapes.push({ name: "Logo" });
    await workbook.placePicture("MDI", { ...map, name: "mdi_kaart", topLeft: "A20", svg: "<svg/>" });
    const shapes = excel.sheet("MDI")!.shapes;
    expect(shapes.map((s) => [s.name, s.svg, s.top])).toEqual([
      ["Logo", undefined, undefined],
      ["mdi_kaart", "<svg/>", 19 * 15],
    ]);
    expect(excel.calls.filter((c) => c.op === "delete shape").map((c) => c.detail)).toEqual(["MDI_Kaart"]);
  });

  it("records the picture in the sheet's signature: the sheet stays ours, someone's shape is still named", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([sheet()]);
    const saves = excel.saves;
    await workbook.placePicture("MDI", map);
    expect(excel.saves - saves).toBe(1);
    expect((excel.settings.get(OWNED_SHEETS_KEY) as OwnedSheets).MDI.shapes).toEqual(["MDI_Kaart"]);
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "ours", changes: [] });
    excel.sheet("MDI")!.shapes.push({ name: "Picture 2" });
    expect(await workbook.checkSheet("MDI")).toEqual({
      state: "edited",
      changes: [{ kind: "shape", name: "Picture 2" }],
    });
  });

  it("places a picture on a sheet it did not write without making the sheet its own", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.placePicture("Data", map);
    expect(excel.sheet("Data")!.shapes.map((s) => s.name)).toEqual(["MDI_Kaart"]);
    expect(excel.settings.has(OWNED_SHEETS_KEY)).toBe(false);
    expect(await workbook.sheetState("Data")).toBe("foreign");
  });

  it("refuses an absent sheet, a cell that is not one, and an Excel without ExcelApi 1.9, saying why", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await expect(workbook.placePicture("Kaart", map)).rejects.toMatchObject({ code: "SHEET_NOT_FOUND" });
    await expect(workbook.placePicture("Data", { ...map, topLeft: "C3:D4" })).rejects.toMatchObject({
      code: "ADDRESS_INVALID",
    });
    const older = excelWith({ api19: false });
    const refusal = await createOfficeWorkbook()
      .placePicture("Data", map)
      .catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(WorkbookError);
    expect(refusal).toMatchObject({ code: "PICTURES_UNSUPPORTED" });
    expect((refusal as Error).message).toBe(
      "This version of Excel cannot place pictures (that takes Excel 2019, Microsoft 365 or Excel on the web). " +
        "The map stays visible in the task pane.",
    );
    expect(older.runs).toBe(0);
    expect(excel.sheet("Data")!.shapes).toEqual([]);
  });
});

describe("createOfficeWorkbook: pictures written with a sheet", () => {
  it("adds the sheet's pictures once the column widths are set, in one more sync, and signs them", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([sheet({ pictures: [map] })]);
    expect(excel.syncs).toBe(3);
    expect(excel.sheet("MDI")!.shapes).toEqual([expect.objectContaining({ name: "MDI_Kaart", ...C3 })]);
    expect((excel.settings.get(OWNED_SHEETS_KEY) as OwnedSheets).MDI.shapes).toEqual(["MDI_Kaart"]);
    expect(await workbook.checkSheet("MDI")).toEqual({ state: "ours", changes: [] });
  });

  it("removes the old sheet's shapes (not its charts, which go their own way) before writing it again", async () => {
    const excel = excelWith();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([sheet({ pictures: [map] })]);
    await workbook.placePicture("MDI", { ...map, name: "Extra" });
    const mdi = excel.sheet("MDI")!;
    mdi.shapes.push({ name: "Someone's picture" }, { name: "Decielen" }); // Excel may list charts among shapes
    await workbook.writeSheets([sheet({ pictures: [map] })]);
    expect(mdi.shapes.map((s) => s.name)).toEqual(["Decielen", "MDI_Kaart"]);
    expect(excel.calls.filter((c) => c.op === "delete shape").map((c) => c.detail)).toEqual([
      "MDI_Kaart",
      "Extra",
      "Someone's picture",
    ]);
    expect(excel.charts.map((c) => c.name)).toEqual(["Decielen"]);
    expect((excel.settings.get(OWNED_SHEETS_KEY) as OwnedSheets).MDI.shapes).toEqual(["MDI_Kaart"]);
  });

  it("writes the sheet with a line of text in each picture's place where Excel lacks ExcelApi 1.9", async () => {
    const excel = excelWith({ api19: false });
    const office = createOfficeWorkbook();
    await office.writeSheets([sheet({ pictures: [map] })]);
    const mdi = excel.sheet("MDI")!;
    expect(mdi.get("A2")).toBe("A");
    expect(mdi.shapes).toEqual([]);
    expect(mdi.get("C3")).toBe(`${map.description} ${new WorkbookError("PICTURES_UNSUPPORTED").message}`);
    expect(excel.syncs).toBe(2);
    // The text is part of what the add-in wrote: the sheet stays its own.
    expect(await office.sheetState("MDI")).toBe("ours");
  });

  it("signs what it wrote and placed as the in-memory workbook does", async () => {
    const excel = excelWith();
    const office = createOfficeWorkbook();
    const memory = new MemoryWorkbook({ sheets: [sheetFromRows("Data", [["buurt"], ["A"]])], settings: {} });
    for (const workbook of [office, memory]) {
      await workbook.writeSheets([sheet({ pictures: [map] })]);
      await workbook.placePicture("MDI", { ...map, name: "Legenda" });
    }
    expect(excel.settings.get(OWNED_SHEETS_KEY)).toEqual(await memory.loadSetting(OWNED_SHEETS_KEY));
  });
});
