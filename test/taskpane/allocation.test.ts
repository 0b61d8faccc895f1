/**
 * "Ongelijk investeren": the panel's inputs, the allocation it shows, and the
 * sheet "MDI verdeling" it writes — formulas, table columns, the per-decile
 * summary, the chart — and, written into the in-memory workbook, live amounts
 * that add up exactly to the budget and follow the budget cell.
 *
 * Expected amounts are worked by hand from docs/method.md §8 (a_i = B·p_i·s_i / Σ p·s,
 * then largest remainder), not taken from the code under test.
 */
import { AllocationError, allocationColumns, runAllocation } from "../../src/taskpane/allocation/compute";
import {
  ALLOCATION_HEADER_ROW,
  ALLOCATION_SHEET,
  ALLOCATION_TABLE,
  allocationSheet,
  type AllocationPlanInput,
} from "../../src/taskpane/allocation/allocationSheet";
import {
  NEED_MDI,
  defaultInputs,
  parseBudget,
  parseEuros,
  parseThreshold,
  readInputs,
  type AllocationInputs,
} from "../../src/taskpane/allocation/inputs";
import { parseMdiTable, readMdiTable } from "../../src/taskpane/allocation/mdiTable";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { computePlan } from "../../src/taskpane/plan";
import { STRINGS } from "../../src/taskpane/strings";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import type { DataBlock, OutputSheet } from "../../src/workbook/port";
import { sampleWorkbook } from "./fixtures";
import { completeDataOnly, planInput } from "./planFixtures";

/** Ten areas of 100 inhabitants with need 10 … 1, and a maximum per area. */
const TEN_ROWS = Array.from({ length: 10 }, (_, i) => [String.fromCharCode(65 + i), 100, 10 - i, 150]);
const TEN: DataBlock = Object.freeze({
  source: { kind: "selection" as const, sheet: "Data", address: "A1:D11" },
  headers: ["Gebied", "Inwoners", "Behoefte", "Maximum"],
  rows: TEN_ROWS,
}) as DataBlock;
const analysis = analyzeData(TEN, (i) => `Kolom ${i + 1}`);

/**
 * Population × need, B = 1000, p = 100 each, s = 10 … 1 (Σ p·s = 5500): exact shares 181.818, 163.636, 145.455,
 * 127.273, 109.091, 90.909, 72.727, 54.545, 36.364, 18.182; floors add up to 995, and the five euros left go to
 * the largest fractions (.909, .818, .727, .636, .545).
 */
const POPNEED_1000 = [182, 164, 145, 127, 109, 91, 73, 55, 36, 18];

function inputs(change: Partial<AllocationInputs> = {}): AllocationInputs {
  return { ...defaultInputs("Inwoners", "nl"), need: "Behoefte", budget: "1000", ...change };
}

function plan(change: Partial<AllocationInputs> = {}, language: "nl" | "en" = "nl"): AllocationPlanInput {
  const { settings } = readInputs(inputs(change));
  if (!settings) throw new Error("invalid inputs");
  const columns = allocationColumns(settings, TEN, analysis, null);
  return {
    data: TEN,
    analysis,
    areaColumn: "Gebied",
    settings,
    columns,
    outcome: runAllocation(settings, columns),
    mdi: null,
    unscored: null,
    strings: STRINGS[language],
    language,
  };
}

function blockAt(sheet: OutputSheet, topLeft: string) {
  const block = sheet.blocks.find((b) => b.topLeft === topLeft);
  if (!block) throw new Error(`no block at ${topLeft}: ${sheet.blocks.map((b) => b.topLeft).join(", ")}`);
  return block;
}

describe("inputs", () => {
  it("reads budgets as people type them, in whole euros", () => {
    expect(parseBudget("1000000")).toEqual({ value: 1_000_000, problem: null });
    expect(parseBudget("1.000.000")).toEqual({ value: 1_000_000, problem: null });
    expect(parseBudget("1,000,000")).toEqual({ value: 1_000_000, problem: null });
    expect(parseBudget("€ 250 000")).toEqual({ value: 250_000, problem: null });
    expect(parseBudget("100,50").problem).toBe("whole");
    expect(parseBudget("1.000,000").problem).toBe("text");
    expect(parseBudget("-5").problem).toBe("negative");
    expect(parseBudget("0").problem).toBe("zero");
    expect(parseBudget("veel").problem).toBe("text");
    expect(parseBudget("1e16").problem).toBe("tooLarge");
    expect(parseEuros("2,5")).toEqual({ value: 2.5, problem: null });
  });

  it("accepts k from 1 to 10 only", () => {
    expect([parseThreshold("1"), parseThreshold("10"), parseThreshold(" 3 ")]).toEqual([1, 10, 3]);
    for (const bad of ["0", "11", "2,5", "", "twee"]) expect(parseThreshold(bad)).toBeNaN();
  });

  it("names the problem of each field and checks only the chosen rule's parameter", () => {
    const bad = readInputs(inputs({ budget: "veel", threshold: "12", tiers: Array(10).fill("0") }));
    expect(bad.settings).toBeNull();
    expect(bad.problems).toEqual({ budget: "text" });
    const tiers = readInputs(inputs({ rule: "tiers", tiers: ["2", "x", "-1", ...Array(7).fill("1")] }));
    expect(tiers.problems.tiers?.weights.slice(0, 3)).toEqual([null, "text", "negative"]);
    expect(readInputs(inputs({ rule: "tiers", tiers: Array(10).fill("0") })).problems.tiers?.allZero).toBe(true);
    expect(readInputs(inputs({ rule: "threshold", threshold: "12" })).problems).toEqual({ threshold: "range" });
    expect(readInputs(inputs({ population: null })).problems).toEqual({ population: "missing" });
    expect(readInputs(inputs({ floor: { mode: "column", amount: "", column: null } })).problems).toEqual({
      floor: "noColumn",
    });
    expect(readInputs(inputs({ cap: { mode: "amount", amount: "-3", column: null } })).problems).toEqual({
      cap: "negative",
    });
  });
});

describe("the allocation shown in the pane", () => {
  it("gives each area population × need of the budget, in whole euros adding up to it", () => {
    const { outcome } = plan();
    expect(Array.from(outcome.allocation.amounts)).toEqual(POPNEED_1000);
    expect(outcome.allocation.shareMostDeprived10).toBeCloseTo(0.182, 12);
    expect(outcome.allocation.shareMostDeprived20).toBeCloseTo(0.346, 12);
    // Against 100 each: +82 +64 +45 +27 +9 in deciles 1–5, so 227 of 1000 euros move.
    expect(outcome.shifted).toBeCloseTo(0.227, 12);
    expect(outcome.leftOut).toBe(0);
  });

  it("leaves out areas without a need value or inhabitants, and says how many", () => {
    const rows = TEN_ROWS.map((r, i) => (i === 2 ? [r[0], r[1], "", r[3]] : i === 5 ? [r[0], "", r[2], r[3]] : r));
    const data = { ...TEN, rows } as DataBlock;
    const { settings } = readInputs(inputs());
    const outcome = runAllocation(settings!, allocationColumns(settings!, data, analyzeData(data, String), null));
    expect(Array.from(outcome.rows)).toEqual([0, 1, 3, 4, 6, 7, 8, 9]);
    expect(outcome.leftOut).toBe(2);
    expect(outcome.allocation.amounts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it("reports an infeasible floor with the engine's refusal, not a wrong total", () => {
    const { settings } = readInputs(inputs({ floor: { mode: "amount", amount: "101", column: null } }));
    const columns = allocationColumns(settings!, TEN, analysis, null);
    expect(() => runAllocation(settings!, columns)).toThrow(AllocationError);
    try {
      runAllocation(settings!, columns);
    } catch (error) {
      expect((error as AllocationError).engineError.code).toBe("INFEASIBLE");
      expect((error as AllocationError).engineError.details).toMatchObject({ parameter: "floor", actual: 1010 });
    }
  });

  it("names the data row of a negative need", () => {
    const rows = TEN_ROWS.map((r, i) => (i === 4 ? [r[0], r[1], -1, r[3]] : r));
    const data = { ...TEN, rows } as DataBlock;
    const { settings } = readInputs(inputs());
    try {
      runAllocation(settings!, allocationColumns(settings!, data, analyzeData(data, String), null));
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(AllocationError);
      expect((error as AllocationError).dataRow).toBe(4);
    }
  });
});

describe('the sheet "MDI verdeling"', () => {
  const sheet = allocationSheet(plan());
  const [table] = sheet.tables;

  it("is the add-in's own sheet with one table", () => {
    expect(sheet.name).toBe(ALLOCATION_SHEET);
    expect(table.name).toBe(ALLOCATION_TABLE);
    expect(table.topLeft).toBe(`A${ALLOCATION_HEADER_ROW + 1}`);
    expect(sheet.activate).toBe(true);
  });

  it("has the columns area, need decile, inhabitants, need, amount, € per inhabitant", () => {
    expect(table.headers).toEqual(["Gebied", "Behoeftedeciel", "Inwoners", "Behoefte", "Bedrag (€)", "€ per inwoner"]);
    expect(table.numberFormats).toEqual(["", "0", "#,##0", "0.000", "#,##0", "#,##0.00"]);
    expect(table.rows).toHaveLength(10);
    // Per row: references to the data and to the spilled helper columns P (amount) and Q (decile).
    expect(table.rows[0]).toEqual([
      { formula: "=Data!A2" },
      { formula: "=Q14" },
      { formula: "=Data!B2" },
      { formula: "=Data!C2" },
      { formula: "=P14" },
      1.82,
    ]);
    expect(table.rows[9].slice(0, 5)).toEqual([
      { formula: "=Data!A11" },
      { formula: "=Q23" },
      { formula: "=Data!B11" },
      { formula: "=Data!C11" },
      { formula: "=P23" },
    ]);
  });

  it("spills =MDI.ALLOCATE and =MDI.DECILE outside the table, on the table's need and inhabitant columns", () => {
    expect(blockAt(sheet, "P13").rows).toEqual([
      ["Bedrag (formule)", "Deciel (formule)"],
      [{ formula: '=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"popneed")' }, { formula: "=MDI.DECILE($D$14:$D$23)" }],
    ]);
    expect(blockAt(sheet, "A4").rows).toEqual([["Budget in euro", 1000]]);
    expect(blockAt(sheet, "A5").rows).toEqual([["Verdeelregel", "Inwoners × behoefte"]]);
  });

  it("passes the rule's parameter from its cells: α, the ten tier weights, k", () => {
    const universal = allocationSheet(plan({ rule: "universal", alpha: 0.25 }));
    expect(blockAt(universal, "P13").rows[1][0]).toEqual({
      formula: '=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"universal",$B$6)',
    });
    expect(blockAt(universal, "A6").rows).toEqual([["Universeel deel α", 0.25]]);

    const tiers = allocationSheet(plan({ rule: "tiers", tiers: ["3", "2", "1,5", "1", "1", "1", "1", "1", "1", "0"] }));
    expect(blockAt(tiers, "P13").rows[1][0]).toEqual({
      formula: '=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"tiers",$B$6:$K$6)',
    });
    expect(blockAt(tiers, "A6").rows).toEqual([
      ["Gewicht per deciel (deciel 1 = meeste behoefte)", 3, 2, 1.5, 1, 1, 1, 1, 1, 1, 0],
    ]);

    const threshold = allocationSheet(plan({ rule: "threshold", threshold: "3" }));
    expect(blockAt(threshold, "P13").rows[1][0]).toEqual({
      formula: '=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"threshold",$B$6)',
    });
  });

  it("passes a floor amount from its cell and a cap per area from a table column", () => {
    const bounded = allocationSheet(
      plan({
        floor: { mode: "amount", amount: "20", column: null },
        cap: { mode: "column", amount: "", column: "Maximum" },
      }),
    );
    const [t] = bounded.tables;
    expect(t.headers).toEqual([
      "Gebied",
      "Behoeftedeciel",
      "Inwoners",
      "Behoefte",
      "Bovengrens (€)",
      "Bedrag (€)",
      "€ per inwoner",
    ]);
    expect(t.rows[0][4]).toEqual({ formula: "=Data!D2" });
    expect(blockAt(bounded, "A7").rows).toEqual([["Ondergrens per gebied", 20]]);
    expect(blockAt(bounded, "A8").rows).toEqual([["Bovengrens per gebied", "kolom Maximum"]]);
    // Summary from I; helpers after it and a gap: Q and R.
    expect(blockAt(bounded, "Q13").rows[1][0]).toEqual({
      formula: '=MDI.ALLOCATE($B$4,$D$14:$D$23,$C$14:$C$23,"popneed",,$B$7,$E$14:$E$23)',
    });
  });

  it("sums the budget per need decile exactly, against equal per head", () => {
    const summary = blockAt(sheet, "H13");
    expect(summary.rows[0]).toEqual([
      "Behoeftedeciel",
      "Gebieden",
      "Inwoners",
      "Bedrag (€)",
      "€ per inwoner",
      "€ per inwoner bij gelijke verdeling",
      "Verschil met gelijk per inwoner (€)",
    ]);
    const deciles = summary.rows.slice(1, 11);
    expect(deciles.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(deciles.map((r) => r[3])).toEqual(POPNEED_1000);
    expect(deciles.map((r) => r[4])).toEqual(POPNEED_1000.map((a) => a / 100));
    expect(deciles.map((r) => r[5])).toEqual(Array(10).fill(1));
    expect(deciles.map((r) => r[6])).toEqual(POPNEED_1000.map((a) => a - 100));
    expect(summary.rows[11]).toEqual(["Totaal", 10, 1000, 1000, 1, 1, 0]);
  });

  it("states the share to the most deprived 10 % and 20 %, the shift and the binding bounds", () => {
    const figures = ["H26", "H27", "H28", "H29", "H30"].map((a) => blockAt(sheet, a).rows[0]);
    expect(figures.map((r) => r[0])).toEqual([
      "Deel van het budget naar de 10 % met de meeste achterstand",
      "Deel van het budget naar de 20 % met de meeste achterstand",
      "Verschoven ten opzichte van gelijk per inwoner",
      "Gebieden opgehoogd tot hun ondergrens",
      "Gebieden begrensd op hun bovengrens",
    ]);
    expect(figures.map((r) => r[3])).toEqual([0.182, 0.346, 0.227, 0, 0]);
  });

  it("draws € per inhabitant by decile against equal per head from the summary", () => {
    expect(sheet.charts).toEqual([
      {
        name: "MDI_Verdeling_per_inwoner",
        type: "ColumnClustered",
        title: "€ per inwoner per behoeftedeciel (1 = meeste behoefte)",
        series: [
          { name: "€ per inwoner", values: "L14:L23", categories: "H14:H23" },
          { name: "€ per inwoner bij gelijke verdeling", values: "M14:M23", categories: "H14:H23" },
        ],
        xAxisTitle: "Behoeftedeciel (1 = meeste behoefte)",
        yAxisTitle: "€ per inwoner",
        topLeft: "H32",
        bottomRight: "N47",
      },
    ]);
  });

  it("is written in English when the pane is", () => {
    const english = allocationSheet(plan({}, "en"));
    expect(english.tables[0].headers).toEqual([
      "Area",
      "Need decile",
      "Inhabitants",
      "Need",
      "Amount (€)",
      "€ per inhabitant",
    ]);
    expect(english.name).toBe("MDI verdeling");
  });
});

describe("written into the workbook", () => {
  async function written(change: Partial<AllocationInputs> = {}) {
    const workbook = new MemoryWorkbook();
    workbook.addSheet("Data", [TEN.headers, ...TEN_ROWS]);
    const sheet = allocationSheet(plan(change));
    await workbook.writeSheets([sheet]);
    return workbook;
  }

  async function amounts(workbook: MemoryWorkbook): Promise<number[]> {
    const block = await workbook.readTable(ALLOCATION_TABLE);
    const column = block.headers.indexOf("Bedrag (€)");
    return block.rows.map((row) => row[column] as number);
  }

  it("computes the live amounts as the pane did, adding up exactly to the budget", async () => {
    const workbook = await written();
    expect(await amounts(workbook)).toEqual(POPNEED_1000);
    const block = await workbook.readTable(ALLOCATION_TABLE);
    expect(block.rows.map((r) => r[1])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(block.rows.map((r) => r[0])).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
  });

  it("follows the budget cell: any budget is shared out to the euro", async () => {
    const workbook = await written();
    for (const budget of [1, 7, 999, 12_345, 1_000_003, 98_765_431]) {
      workbook.setCell(ALLOCATION_SHEET, 3, 1, budget);
      const live = await amounts(workbook);
      expect([budget, live.reduce((a, b) => a + b, 0)]).toEqual([budget, budget]);
      // Never more than one euro from the exact share B·s_i/55.
      live.forEach((a, i) => expect(Math.abs(a - (budget * (10 - i)) / 55)).toBeLessThan(1));
    }
  });

  it("keeps floors and caps in the sheet as in the pane", async () => {
    const change = {
      floor: { mode: "amount" as const, amount: "60", column: null },
      cap: { mode: "column" as const, amount: "", column: "Maximum" },
    };
    const workbook = await written(change);
    const live = await amounts(workbook);
    expect(live).toEqual(Array.from(plan(change).outcome.allocation.amounts));
    expect(live.reduce((a, b) => a + b, 0)).toBe(1000);
    for (const a of live) expect(a >= 60 && a <= 150).toBe(true);
  });

  it("allocates by the MDI score of the MDI sheet, leaving out the buurt without a score", async () => {
    const workbook = sampleWorkbook();
    const data = await workbook.readSelection();
    const input = planInput(data, completeDataOnly);
    await workbook.writeSheets(computePlan(input, { calculationSheetExists: false }));
    const mdi = await readMdiTable(workbook);
    expect(mdi).not.toBeNull();
    expect(Array.from(mdi!.score)).toEqual(Array.from(input.results.score));

    const { settings } = readInputs({ ...defaultInputs("Aantal inwoners", "nl"), budget: "2500000" });
    expect(settings!.need).toBe(NEED_MDI);
    const columns = allocationColumns(settings!, data, input.analysis, mdi);
    const outcome = runAllocation(settings!, columns);
    expect(outcome.leftOut).toBe(1); // Weteringbuurt: no participation figure, no score
    const sheet = allocationSheet({
      data,
      analysis: input.analysis,
      areaColumn: "Buurt",
      settings: settings!,
      columns,
      outcome,
      mdi,
      unscored: null,
      strings: STRINGS.nl,
      language: "nl",
    });
    // The need refers to the MDI sheet's score column (G, from row 5), skipping the unscored row 5 of the data.
    expect(sheet.tables[0].rows[4][3]).toEqual({ formula: "=MDI!G10" });
    expect(sheet.tables[0].rows[3][3]).toEqual({ formula: "=MDI!G8" });
    await workbook.writeSheets([sheet]);
    const live = await amounts(workbook);
    expect(live).toEqual(Array.from(outcome.allocation.amounts));
    expect(live.reduce((a, b) => a + b, 0)).toBe(2_500_000);
  });
});

describe("reading the MDI sheet", () => {
  it("finds the columns in a table written in English, grouped or not", () => {
    const table = parseMdiTable({
      source: { kind: "table", sheet: "MDI", address: "A4:H6", table: "MDI_Resultaten" },
      headers: ["Area", "Ward", "Income", "Employment", "MDI score", "Rank", "Decile (national)", "Decile within Ward"],
      rows: [
        ["X", "W1", 1, 2, 40, 1, 1, 1],
        ["Y", "W1", 0, 1, "#N/A", "#N/A", "#N/A", ""],
      ],
    });
    expect(table).not.toBeNull();
    expect(table!.domains.map((d) => [d.header, d.key])).toEqual([
      ["Income", "inkomen"],
      ["Employment", "werk"],
    ]);
    expect(Array.from(table!.score)).toEqual([40, NaN]);
    expect(table!.scoreColumn).toBe(4);
    expect(table!.headerRow).toBe(3);
    expect(table!.coverage).toBeNull(); // written before the coverage column existed
  });

  it("reads the coverage column after the deciles, grouped or not, and does not take it for a group decile", () => {
    const ungrouped = parseMdiTable({
      source: { kind: "table", sheet: "MDI", address: "A4:F6", table: "MDI_Resultaten" },
      headers: ["Gebied", "Inkomen", "MDI-score", "Rang", "Deciel (landelijk)", "Dekking"],
      rows: [
        ["X", 1, 40, 1, 1, 1],
        ["Y", "", 30, 2, 10, 0.75],
      ],
    })!;
    expect(ungrouped.domains.map((d) => d.header)).toEqual(["Inkomen"]);
    expect(Array.from(ungrouped.coverage!)).toEqual([1, 0.75]);
    const grouped = parseMdiTable({
      source: { kind: "table", sheet: "MDI", address: "A4:H6", table: "MDI_Resultaten" },
      headers: ["Area", "Ward", "Income", "MDI score", "Rank", "Decile (national)", "Decile within Ward", "Coverage"],
      rows: [["X", "W1", 1, 40, 1, 1, 1, 1]],
    })!;
    expect(grouped.domains.map((d) => d.header)).toEqual(["Income"]);
    expect(Array.from(grouped.coverage!)).toEqual([1]);
  });

  it("refuses a table that is not the results table", () => {
    expect(
      parseMdiTable({ source: { kind: "table", sheet: "X", address: "A1:B2" }, headers: ["a", "b"], rows: [[1, 2]] }),
    ).toBeNull();
  });

  it("says there is none before the MDI is computed", async () => {
    expect(await readMdiTable(sampleWorkbook())).toBeNull();
  });
});
