/**
 * The preview's export, opened again in the preview: the in-memory workbook recomputes the
 * add-in's formulas from the exported file and gets the same values, spilled results included,
 * and the exported file holds those values for any other reader. Worked example B of docs/method.md
 * (five areas, England weights) is the data: its published scores are the expected values.
 */
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/preview/io/readXlsx";
import { writeXlsx } from "../../src/preview/io/writeXlsx";
import { createPreviewWorkbook } from "../../src/preview/workbook";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../src/preview/memory/models";
import type { WorkbookModel } from "../../src/workbook/model";

// docs/method.md §3, worked example B: domain ranks (Inc, Emp, Edu, Hea, Cri, Bar, Liv) → IMD score.
const EXAMPLE_B: Array<[string, number[], number]> = [
  ["A", [1, 1, 2, 1, 3, 5, 4], 66.8042],
  ["B", [2, 3, 1, 2, 1, 1, 2], 52.9855],
  ["C", [3, 2, 3, 4, 2, 3, 1], 31.6085],
  ["D", [4, 5, 4, 3, 5, 2, 5], 12.3575],
  ["E", [5, 4, 5, 5, 4, 4, 3], 9.1702],
];
const WEIGHTS = "{0.225,0.225,0.135,0.135,0.093,0.093,0.093}";
const DIRECTIONS = "{-1,-1,-1,-1,-1,-1,-1}";

async function computedWorkbook(): Promise<MemoryWorkbook> {
  const data = sheetFromRows("Data", [
    ["Area", "Inc", "Emp", "Edu", "Hea", "Cri", "Bar", "Liv"],
    ...EXAMPLE_B.map(([a, r]) => [a, ...r]),
  ]);
  const workbook = new MemoryWorkbook({ sheets: [data], settings: {} });
  await workbook.writeSheets([
    {
      name: "MDI",
      tables: [],
      // Excel does not spill into a table: the spilled score is a block beside the areas.
      blocks: [
        {
          topLeft: "A1",
          header: true,
          rows: [
            ["Area", "Score"],
            ...EXAMPLE_B.map((_, i) => [
              { formula: `=Data!A${i + 2}` },
              i === 0 ? { formula: `=MDI.SCORE(Data!B2:H6,${WEIGHTS},"exp",${DIRECTIONS})` } : "",
            ]),
          ],
          numberFormats: ["", "0.0000"],
        },
      ],
      conditionalFormats: [],
      charts: [
        {
          name: "Scores",
          type: "BarClustered",
          title: "MDI",
          series: [{ name: "MDI", values: "B2:B6", categories: "A2:A6" }],
          topLeft: "D2",
          bottomRight: "J12",
        },
      ],
    },
  ]);
  return workbook;
}

/** A sheet's values, row by row, without trailing empty cells (not part of a used range). */
const values = (model: WorkbookModel, sheet: string) =>
  model.sheets
    .find((s) => s.name === sheet)!
    .cells.map((row) => {
      const out = row.map((c) => c.value);
      while (out.length && out[out.length - 1] === "") out.pop();
      return out;
    });

test("the spilled MDI.SCORE reproduces worked example B in memory", async () => {
  const workbook = await computedWorkbook();
  const scores = values(workbook.model, "MDI")
    .slice(1)
    .map((row) => row[1] as number);
  EXAMPLE_B.forEach(([, , published], i) => expect(scores[i]).toBeCloseTo(published, 4));
  expect(workbook.model.sheets.find((s) => s.name === "MDI")!.spills).toEqual([{ anchor: "B2", address: "B2:B6" }]);
});

test("export → exceljs: the formula once over its spill area, every result cached", async () => {
  const workbook = await computedWorkbook();
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(Buffer.from(await writeXlsx(workbook.model)) as never);
  const sheet = file.getWorksheet("MDI")!;
  const anchor = sheet.getCell("B2").value as { formula: string; shareType: string; ref: string; result: number };
  expect(anchor.formula).toBe(`MDI.SCORE(Data!B2:H6,${WEIGHTS},"exp",${DIRECTIONS})`);
  expect([anchor.shareType, anchor.ref]).toEqual(["array", "B2:B6"]);
  expect(anchor.result).toBeCloseTo(66.8042, 4);
  expect(sheet.getCell("B6").value).toBeCloseTo(9.1702, 4);
  expect(sheet.getCell("B6").numFmt).toBe("0.0000");
});

test("export → open in the preview → the same values, recomputed; charts and settings back", async () => {
  const workbook = await computedWorkbook();
  const model = await readXlsx((await writeXlsx(workbook.model)).buffer as ArrayBuffer, "terug.xlsx");
  const reopened = createPreviewWorkbook(model);
  for (const name of ["Data", "MDI"]) expect(values(reopened.model, name)).toEqual(values(workbook.model, name));
  expect(reopened.model.sheets.find((s) => s.name === "MDI")!.charts).toEqual(
    workbook.model.sheets.find((s) => s.name === "MDI")!.charts,
  );
  expect(reopened.model.settings).toEqual(workbook.model.settings);
  // Still live: an edit of the data recomputes the reopened formulas (area A drops to least deprived in income).
  reopened.setCell("Data", 1, 1, 5);
  expect(values(reopened.model, "MDI")[1][1]).not.toBeCloseTo(66.8042, 4);
});

test("export keeps a sheet's one-page print layout, and reopening reads it back", async () => {
  const workbook = new MemoryWorkbook({ sheets: [sheetFromRows("Data", [["x"], [1]])], settings: {} });
  await workbook.writeSheets([
    {
      name: "MDI briefing",
      tables: [],
      blocks: [{ topLeft: "A1", rows: [["Briefing"]] }],
      conditionalFormats: [],
      charts: [],
      pageSetup: { orientation: "portrait", fitToPagesWide: 1, fitToPagesTall: 1 },
    },
  ]);
  const bytes = await writeXlsx(workbook.model);
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(Buffer.from(bytes) as never);
  expect(file.getWorksheet("MDI briefing")!.pageSetup).toMatchObject({
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
  });
  const model = await readXlsx(bytes.buffer as ArrayBuffer, "terug.xlsx");
  expect(model.sheets.find((s) => s.name === "MDI briefing")!.pageSetup).toEqual({
    orientation: "portrait",
    fitToPagesWide: 1,
    fitToPagesTall: 1,
  });
  expect(model.sheets.find((s) => s.name === "Data")!.pageSetup).toBeUndefined();
});
