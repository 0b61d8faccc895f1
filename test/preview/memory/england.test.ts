/**
 * The England sample through the in-memory workbook as the task pane will use
 * it: 33,755 LSOAs × 7 published IoD2025 domain ranks, =MDI.SCORE, RANK and
 * DECILE on a helper sheet, and an output table of live references to them.
 * Expected: the published IMD scores (docs/method.md: reproduced within 0.0007).
 * The time of writeSheets + recalculation is printed (budget for the whole
 * compute, pane included: 2 s).
 */
import { MemoryWorkbook } from "../../../src/preview/memory/memoryWorkbook";
import { sheetFromRows } from "../../../src/preview/memory/models";
import { IOD2025_RANK_COLUMNS, iod2025 } from "../../support/csv";
import type { CellInput, OutputSheet } from "../../../src/workbook/port";

const WEIGHTS = "{0.225,0.225,0.135,0.135,0.093,0.093,0.093}";
const MINUS = "{-1,-1,-1,-1,-1,-1,-1}";

function outputSheets(n: number): OutputSheet[] {
  const last = n + 1;
  const helper: OutputSheet = {
    name: "MDI berekening",
    tables: [],
    blocks: [
      {
        topLeft: "A1",
        header: true,
        rows: [
          ["Score", "Rang", "Deciel"],
          [
            { formula: `=MDI.SCORE(Data!B2:H${last},${WEIGHTS},"exp",${MINUS})` },
            { formula: "=MDI.RANK(A2#)" },
            { formula: "=MDI.DECILE(A2#)" },
          ],
        ],
      },
    ],
    conditionalFormats: [],
    charts: [],
  };
  const rows: CellInput[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    rows[i] = [
      { formula: `=Data!A${r}` },
      { formula: `='MDI berekening'!A${r}` },
      { formula: `='MDI berekening'!B${r}` },
      { formula: `='MDI berekening'!C${r}` },
      ...["B", "C", "D", "E", "F", "G", "H"].map((column) => ({ formula: `=Data!${column}${r}` })),
    ];
  }
  const mdi: OutputSheet = {
    name: "MDI",
    tables: [
      {
        name: "MDI_Resultaten",
        topLeft: "A1",
        headers: ["LSOA", "Score", "Rang", "Deciel", ...IOD2025_RANK_COLUMNS],
        rows,
        numberFormats: ["", "0.000", "0", "0", "0", "0", "0", "0", "0", "0", "0"],
      },
    ],
    blocks: [],
    conditionalFormats: [
      { kind: "colorScale", address: `D2:D${last}`, colors: ["#f8696b", "#63be7b"], points: [1, 10] },
    ],
    charts: [],
    frozenRows: 1,
    activate: true,
  };
  return [mdi, helper];
}

describe("England IoD2025 through the in-memory workbook", () => {
  it("reproduces the published IMD scores with live formulas, and follows an edit of the data", async () => {
    const { codes, rows, score } = iod2025();
    const n = rows.length;
    const data = sheetFromRows("Data", [["LSOA", ...IOD2025_RANK_COLUMNS], ...rows.map((r, i) => [codes[i], ...r])]);
    const workbook = new MemoryWorkbook({ sheets: [data], settings: {} });

    const sheets = outputSheets(n);
    const start = performance.now();
    await workbook.writeSheets(sheets);
    const written = performance.now() - start;
    const stats = workbook.lastRecalculation;

    const mdi = workbook.model.sheets.find((s) => s.name === "MDI")!;
    let maxError = 0;
    const ranks = new Set<number>();
    const deciles = new Array(11).fill(0);
    for (let i = 0; i < n; i++) {
      const row = mdi.cells[i + 1];
      expect(row[0].value).toBe(codes[i]);
      maxError = Math.max(maxError, Math.abs((row[1].value as number) - score[i]));
      ranks.add(row[2].value as number);
      deciles[row[3].value as number]++;
    }
    expect(maxError).toBeLessThan(0.0007);
    expect(ranks.size).toBe(n);
    expect(Math.min(...ranks)).toBe(1);
    expect(Math.max(...ranks)).toBe(n);
    for (let d = 1; d <= 10; d++) expect(Math.abs(deciles[d] - n / 10)).toBeLessThanOrEqual(1);
    expect(await workbook.sheetState("MDI")).toBe("ours");

    const editStart = performance.now();
    workbook.setCell("Data", 1, 1, 1); // the first LSOA becomes the most income-deprived
    const edited = performance.now() - editStart;
    expect(mdi.cells[1][1].value as number).toBeGreaterThan(score[0] + 1);
    expect(await workbook.sheetState("MDI")).toBe("ours");

    console.log(
      `England IoD2025, ${n} rows × 7 domains, ${stats.formulas} formulas (${stats.functionCalls} function calls):\n` +
        `  writeSheets + recalculation ${written.toFixed(0)} ms (recalculation ${stats.milliseconds.toFixed(0)} ms)\n` +
        `  setCell + recalculation ${edited.toFixed(0)} ms; max |score − published| ${maxError.toFixed(5)}`,
    );
    // Speed is measured in bench/taskpane.bench.mjs; here, the work done: the 33,755 rows of live
    // formulas are computed by three whole-column function calls, not one call per cell.
    expect(stats.functionCalls).toBe(3);
  });
});
