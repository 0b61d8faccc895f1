/**
 * Live formulas computed: the sheets the pane writes in formulas mode,
 * recalculated by the in-memory workbook (the add-in's functions through the
 * same code Excel runs), give what docs/method.md's worked example says and what
 * values mode writes — and follow an edit of the source data.
 */
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import type { Cell, SheetModel } from "../../src/workbook/model";
import type { DataBlock } from "../../src/workbook/port";
import { applyPreset, type MdiConfig } from "../../src/taskpane/model/config";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { computePlan } from "../../src/taskpane/plan";
import { TABLE_HEADER_ROW } from "../../src/taskpane/plan/resultsSheet";
import { CBS_HEADERS, CBS_ROWS, sampleWorkbook } from "./fixtures";
import { setEmptyCellArgument } from "../../src/preview/calc/emptyCells";
import { completeDataOnly, planInput } from "./planFixtures";

/** The results table's data rows as the workbook shows them (values; errors as their code). */
function tableValues(sheet: SheetModel, rows: number): Array<Array<number | string | boolean>> {
  const width = sheet.cells[TABLE_HEADER_ROW].findIndex((cell) => cell.value === "");
  const out: Array<Array<number | string | boolean>> = [];
  for (let r = TABLE_HEADER_ROW + 1; r <= TABLE_HEADER_ROW + rows; r++) {
    const cells = (sheet.cells[r] ?? []).slice(0, width);
    out.push(cells.map((cell: Cell) => (typeof cell.value === "object" ? cell.value.error : cell.value)));
  }
  return out;
}

/** Live and values tables agree: numbers to 1e-10, a blank in values is #N/A live (from column 2 on). */
function expectSameTable(live: unknown[][], values: unknown[][]): void {
  live.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof values[r][c] === "number") expect(cell as number).toBeCloseTo(values[r][c] as number, 10);
      else if (values[r][c] === "" && c >= 2) expect([r, c, cell]).toEqual([r, c, "#N/A"]);
      else expect(cell).toEqual(values[r][c]);
    }),
  );
}

async function written(workbook: MemoryWorkbook, data: DataBlock, edit: (c: MdiConfig) => MdiConfig) {
  const input = planInput(data, edit);
  await workbook.writeSheets(computePlan(input, { calculationSheetExists: false }));
  return workbook.model.sheets.find((s) => s.name === "MDI")!;
}

describe("live formulas, recalculated", () => {
  it("reproduce docs/method.md worked example B", async () => {
    const ranks = [
      [1, 1, 2, 1, 3, 5, 4],
      [2, 3, 1, 2, 1, 1, 2],
      [3, 2, 3, 4, 2, 3, 1],
      [4, 5, 4, 3, 5, 2, 5],
      [5, 4, 5, 5, 4, 4, 3],
    ];
    const headers = [
      "Area",
      "Income rank",
      "Employment rank",
      "Education rank",
      "Health rank",
      "Crime rank",
      "Barriers to housing and services rank",
      "Living environment rank",
    ];
    const workbook = new MemoryWorkbook();
    workbook.addSheet("IoD", [headers, ...ranks.map((r, i) => ["ABCDE"[i], ...r])]);
    workbook.select("IoD", "A1:H6");
    const data = await workbook.readSelection();
    const analysis = analyzeData(data, (i) => `Column ${i + 1}`);
    const sheet = await written(workbook, data, (c) => {
      const england = applyPreset(c, "england", analysis);
      const indicators = Object.fromEntries(
        Object.entries(england.indicators).map(([k, v]) => [k, { ...v, direction: -1 as const }]),
      );
      return { ...england, indicators, groupColumn: null };
    });
    const rows = tableValues(sheet, 5);
    expect(rows.map((r) => r[0])).toEqual(["A", "B", "C", "D", "E"]);
    [66.8042, 52.9855, 31.6085, 12.3575, 9.1702].forEach((expected, i) =>
      expect(rows[i][8] as number).toBeCloseTo(expected, 4),
    );
    expect(rows.map((r) => r[9])).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r[10])).toEqual([2, 4, 6, 8, 10]);
  });

  it("equal what values mode writes; an area without a score shows #N/A and the others still rank", async () => {
    const data = await sampleWorkbook().readSelection();
    const strict = (c: MdiConfig) => completeDataOnly(c);
    const live = tableValues(await written(sampleWorkbook(), data, strict), 13);
    const values = tableValues(await written(sampleWorkbook(), data, (c) => strict({ ...c, output: "values" })), 13);
    expectSameTable(live, values);
    expect(live[4][3]).toBe("#N/A"); // Weteringbuurt: no participation figure, so no Werk score
    expect(live.filter((row) => typeof row[7] === "number")).toHaveLength(11);
  });

  it("score an area over the domains it has under the default rule, live as in values mode", async () => {
    const data = await sampleWorkbook().readSelection();
    const live = tableValues(await written(sampleWorkbook(), data, (c) => c), 13);
    const values = tableValues(await written(sampleWorkbook(), data, (c) => ({ ...c, output: "values" })), 13);
    expectSameTable(live, values);
    expect(live[4][3]).toBe("#N/A"); // Werk stays without a score: a missing value is never 0
    expect(typeof live[4][6]).toBe("number"); // but the MDI is computed over the other three domains
    expect(live[4][10]).toBe(0.75); // coverage: three of four equally weighted domains
    expect(live.filter((row) => typeof row[7] === "number")).toHaveLength(12);
  });

  it("fill blanks from the group live as in values mode, and leave an area without any figure unfilled", async () => {
    // A park in Bos en Lommer: 80 inhabitants, no figure at all.
    const park = ["Westerpark", "Bos en Lommer", 80, "", "", "", "", "", ""];
    const workbook = () => {
      const w = new MemoryWorkbook();
      w.addSheet("Buurten", [CBS_HEADERS, ...CBS_ROWS.slice(0, 9), park, ...CBS_ROWS.slice(9)]);
      w.select("Buurten", "A1:I14");
      return w;
    };
    const data = await workbook().readSelection();
    const fill = (c: MdiConfig) => ({ ...c, missing: { ...c.missing, fillFromGroup: true } });
    const liveBook = workbook();
    const live = tableValues(await written(liveBook, data, fill), 13);
    const values = tableValues(await written(workbook(), data, (c) => ({ ...fill(c), output: "values" })), 13);
    expectSameTable(live, values);
    // Weteringbuurt's blank participation is filled from Grachtengordel-Zuid: it gets a Werk score, fully covered.
    expect(typeof live[4][3]).toBe("number");
    expect(live[4][10]).toBe(1);
    // The park is not filled: no domain score, no MDI, in both modes.
    expect(live[9].slice(2, 8)).toEqual(["#N/A", "#N/A", "#N/A", "#N/A", "#N/A", "#N/A"]);
    expect(values[9].slice(2, 8)).toEqual(["", "", "", "", "", ""]);
    // The calculation sheet shows the source and the filled values side by side, the park's left blank.
    const calculation = liveBook.model.sheets.find((s) => s.name === "MDI berekening")!;
    const header = calculation.cells[0].map((cell) => cell.value);
    const participation = "Netto arbeidsparticipatie (%)";
    const filledAt = header.indexOf(`${participation} (aangevuld)`);
    expect(header.indexOf(`${participation} (bron)`)).toBeGreaterThan(0);
    expect(calculation.cells[5][filledAt].value).toBeCloseTo((2100 * 75 + 2500 * 73) / (2100 + 2500), 10);
    expect(calculation.cells[10][filledAt].value).toBe("");
    // The same on a host that passes empty cells as 0: the park is still not filled.
    setEmptyCellArgument("zero");
    try {
      expect(tableValues(await written(workbook(), data, fill), 13)).toEqual(live);
    } finally {
      setEmptyCellArgument("empty");
    }
  });

  it("give the same scores when the host passes empty cells as 0 (older desktop builds)", async () => {
    const data = await sampleWorkbook().readSelection();
    const normal = tableValues(await written(sampleWorkbook(), data, (c) => c), 13);
    setEmptyCellArgument("zero");
    try {
      const zero = tableValues(await written(sampleWorkbook(), data, (c) => c), 13);
      expect(zero).toEqual(normal);
      // Unguarded, the same host would score the suppressed participation figure as a real 0.
      const workbook = sampleWorkbook();
      workbook.addSheet("Check", [["x"]]);
      workbook.setCell("Check", 0, 1, { formula: "=MDI.COVERAGE(Buurten!F2:F13)" });
      expect(workbook.model.sheets.find((s) => s.name === "Check")!.cells[4][1].value).toBe(1);
    } finally {
      setEmptyCellArgument("empty");
    }
  });

  it("follow an edit of the source data", async () => {
    const workbook = sampleWorkbook();
    const data = await workbook.readSelection();
    const before = tableValues(await written(workbook, data, completeDataOnly), 12);
    expect(before[4][7]).toBe("#N/A");
    // Fill in Weteringbuurt's participation (row 6, column F of the data sheet).
    workbook.setCell("Buurten", 5, CBS_HEADERS.indexOf("Netto arbeidsparticipatie (%)"), 74);
    const sheet = workbook.model.sheets.find((s) => s.name === "MDI")!;
    const after = tableValues(sheet, 12);
    expect(typeof after[4][7]).toBe("number");
    expect(after.map((r) => r[7]).sort((a, b) => (a as number) - (b as number))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(CBS_ROWS).toHaveLength(12);
  });
});
