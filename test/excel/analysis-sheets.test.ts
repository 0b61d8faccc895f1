/**
 * The sheets of the allocation and briefing panels ("MDI verdeling", "MDI
 * briefing") written through the Office.js workbook (src/excel)
 * against office-addin-mock (fakeExcel.ts): one Excel.run per write, a
 * bounded number of context.sync() calls, nothing written outside the
 * add-in's own sheets, the table, the live formula, the chart and the column
 * widths requested as planned, and 33,755 areas in syncs under 5 MB.
 */
import { ALLOCATION_SHEET, ALLOCATION_TABLE, allocationSheet } from "../../src/taskpane/allocation/allocationSheet";
import { allocationColumns, runAllocation } from "../../src/taskpane/allocation/compute";
import { defaultInputs, readInputs } from "../../src/taskpane/allocation/inputs";
import { readMdiTable } from "../../src/taskpane/allocation/mdiTable";
import { briefingData } from "../../src/taskpane/briefing/briefingData";
import { BRIEFING_COLUMN_WIDTHS, BRIEFING_SHEET, briefingSheet } from "../../src/taskpane/briefing/briefingSheet";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { computePlan, methodLines, missingOutcome } from "../../src/taskpane/plan";
import { STRINGS } from "../../src/taskpane/strings";
import { createOfficeWorkbook } from "../../src/excel";
import { OWNED_SHEETS_KEY } from "../../src/workbook/signature";
import type { DataBlock, OutputSheet } from "../../src/workbook/port";
import { sampleWorkbook } from "../taskpane/fixtures";
import { planInput } from "../taskpane/planFixtures";
import { EXCEL_PAYLOAD_LIMIT, FakeExcel } from "./fakeExcel";

/** `n` areas on sheet "Data": name, inhabitants, need, a maximum per area. */
function dataBlock(n: number): DataBlock {
  const rows = Array.from({ length: n }, (_, i) => [
    `E0${100000 + i}`,
    1000 + (i % 700),
    ((i * 7919) % 1000) / 10,
    90000,
  ]);
  return {
    source: { kind: "selection", sheet: "Data", address: `A1:D${n + 1}` },
    headers: ["Gebied", "Inwoners", "Behoefte", "Maximum"],
    rows,
  };
}

function allocationFor(data: DataBlock, budget: string, cap = false): OutputSheet {
  const analysis = analyzeData(data, (i) => `Kolom ${i + 1}`);
  const { settings } = readInputs({
    ...defaultInputs("Inwoners", "nl"),
    need: "Behoefte",
    budget,
    rule: "tiers",
    ...(cap ? { cap: { mode: "column" as const, amount: "", column: "Maximum" } } : {}),
  });
  const columns = allocationColumns(settings!, data, analysis, null);
  return allocationSheet({
    data,
    analysis,
    areaColumn: "Gebied",
    settings: settings!,
    columns,
    outcome: runAllocation(settings!, columns),
    mdi: null,
    unscored: null,
    strings: STRINGS.nl,
    language: "nl",
  });
}

async function briefing(): Promise<OutputSheet> {
  const memory = sampleWorkbook();
  const input = planInput(await memory.readSelection());
  await memory.writeSheets(computePlan(input, { calculationSheetExists: false }));
  const table = (await readMdiTable(memory))!;
  return briefingSheet({
    briefing: briefingData({ table, data: input.data, analysis: input.analysis, config: input.config }),
    source: "Buurten!A1:I13",
    method: methodLines({ ...input, missing: missingOutcome(input.results) }),
    strings: STRINGS.nl,
    version: "9.9.9",
    date: "2025-11-27",
  });
}

function excelWithData(): FakeExcel {
  const excel = new FakeExcel();
  excel.install();
  excel.addSheet("Data").fill(dataBlock(10).rows.map((r) => r as Array<string | number>));
  excel.addSheet("Notes").fill([["keep me"]]);
  return excel;
}

describe('"MDI verdeling" through Office.js', () => {
  it("is written in one Excel.run and two syncs, on its own sheet only", async () => {
    const excel = excelWithData();
    const dataBefore = new Map(excel.sheet("Data")!.cells);
    await createOfficeWorkbook().writeSheets([allocationFor(dataBlock(10), "1000000")]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);
    expect([...new Set(excel.writes().map((c) => c.sheet))]).toEqual([ALLOCATION_SHEET]);
    expect(excel.sheet("Data")!.cells).toEqual(dataBefore);
    expect(excel.sheet("Notes")!.get("A1")).toBe("keep me");

    const sheet = excel.sheet(ALLOCATION_SHEET)!;
    expect(excel.tables.map((t) => [t.name, t.sheet.name, t.address])).toEqual([
      [ALLOCATION_TABLE, ALLOCATION_SHEET, "A13:F23"],
    ]);
    expect(sheet.get("P14")).toBe('=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"tiers",$B$6:$K$6)');
    expect(sheet.get("Q14")).toBe("=MDI.DECILE($D$14:$D$23)");
    expect(sheet.get("E14")).toBe("=P14");
    expect(sheet.get("A14")).toBe("=Data!A2");
    expect(sheet.get("B4")).toBe(1000000);
    expect(sheet.numberFormats.get("B4")).toBe("#,##0");
    expect(sheet.numberFormats.get("F23")).toBe("#,##0.00");
    expect(sheet.bold.has("A1")).toBe(true);
    // Widths set per column (the sheet prints as laid out), nothing autofitted.
    expect(sheet.columnWidths.size).toBeGreaterThanOrEqual(17);
    expect(sheet.autofit).toEqual([]);
    const [chart] = excel.charts;
    expect(chart.type).toBe("ColumnClustered");
    expect(chart.series.map((s) => s.values)).toEqual([`${ALLOCATION_SHEET}!L14:L23`, `${ALLOCATION_SHEET}!M14:M23`]);
    expect(excel.active).toBe(sheet);
    expect(Object.keys(excel.settings.get(OWNED_SHEETS_KEY) as object)).toEqual([ALLOCATION_SHEET]);
  });

  it("replaces its own sheet on a re-run without duplicating the table or the chart, and reads as ours", async () => {
    const excel = excelWithData();
    const workbook = createOfficeWorkbook();
    await workbook.writeSheets([allocationFor(dataBlock(10), "1000000")]);
    expect(await workbook.sheetState(ALLOCATION_SHEET)).toBe("ours");
    await workbook.writeSheets([allocationFor(dataBlock(10), "500000", true)]);
    expect(excel.tables.map((t) => t.name)).toEqual([ALLOCATION_TABLE]);
    expect(excel.charts).toHaveLength(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Data", "Notes", ALLOCATION_SHEET]);
    expect(excel.sheet(ALLOCATION_SHEET)!.get("B4")).toBe(500000);
    excel.sheet(ALLOCATION_SHEET)!.cells.set("B4", 5);
    expect(await workbook.sheetState(ALLOCATION_SHEET)).toBe("edited");
  });

  it("writes 33,755 areas in syncs under 5 MB, at most 5 in all", async () => {
    const excel = excelWithData();
    const n = 33755;
    await createOfficeWorkbook().writeSheets([allocationFor(dataBlock(n), "250000000", true)]);
    expect(excel.runs).toBe(1);
    for (const bytes of excel.syncBytes) expect(bytes).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    expect(excel.syncs).toBeLessThanOrEqual(5);
    expect(excel.tables[0].address).toBe(`A13:G${13 + n}`);
    expect(excel.sheet(ALLOCATION_SHEET)!.get(`F${13 + n}`)).toBe(`=Q${13 + n}`);
    console.log(
      `MDI verdeling, ${n} areas: ${excel.syncs} syncs, largest ${(Math.max(...excel.syncBytes) / 1e6).toFixed(2)} MB`,
    );
  });
});

describe('"MDI briefing" through Office.js', () => {
  it("is written in one Excel.run and two syncs, values in fixed column widths, on its own sheet only", async () => {
    const excel = excelWithData();
    const sheet = await briefing();
    await createOfficeWorkbook().writeSheets([sheet]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);
    expect([...new Set(excel.writes().map((c) => c.sheet))]).toEqual([BRIEFING_SHEET]);
    const written = excel.sheet(BRIEFING_SHEET)!;
    expect(written.get("A1")).toBe("MDI-briefing: Buurten!A1:I13");
    expect(written.get("A4")).toBe("Kerncijfers");
    expect(excel.tables).toEqual([]);
    expect(excel.charts).toEqual([]);
    // One width per column A … I, in points for Excel's default font (7 px a character + 5 px padding).
    expect([...written.columnWidths.entries()]).toEqual(
      BRIEFING_COLUMN_WIDTHS.map((w, c) => {
        const letter = "ABCDEFGHI"[c];
        return [`${letter}:${letter}`, (w * 7 + 5) * 0.75];
      }),
    );
    // No formula anywhere: a briefing is a snapshot.
    for (const value of written.cells.values()) expect(String(value).startsWith("=")).toBe(false);
  });

  it("writes both sheets together in one run when asked", async () => {
    const excel = excelWithData();
    await createOfficeWorkbook().writeSheets([allocationFor(dataBlock(10), "1000"), await briefing()]);
    expect(excel.runs).toBe(1);
    expect(excel.syncs).toBe(2);
    expect([...new Set(excel.writes().map((c) => c.sheet))].sort()).toEqual([BRIEFING_SHEET, ALLOCATION_SHEET].sort());
  });
});
