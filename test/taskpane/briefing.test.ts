/**
 * The briefing: its numbers, read back from the MDI sheet the pane wrote for
 * the twelve sample buurten, checked against plain recomputations here
 * (sorting, means, ranks by counting, simple-statistics' Pearson r), and the
 * sheet "MDI briefing" laid out in nine columns for one printed page.
 */
import { mean, sampleCorrelation } from "simple-statistics";
import { readMdiTable, type MdiTable } from "../../src/taskpane/allocation/mdiTable";
import { briefingData, BRIEFING_TOP, type Briefing } from "../../src/taskpane/briefing/briefingData";
import {
  BRIEFING_COLUMN_WIDTHS,
  BRIEFING_LINE_WIDTH,
  BRIEFING_SHEET,
  briefingSheet,
  wrapLine,
} from "../../src/taskpane/briefing/briefingSheet";
import { computePlan, methodLines, missingOutcome, type PlanInput } from "../../src/taskpane/plan";
import { STRINGS } from "../../src/taskpane/strings";
import { parseAddress } from "../../src/workbook/model";
import type { CellInput, OutputSheet } from "../../src/workbook/port";
import { CBS_HEADERS, CBS_ROWS, sampleWorkbook } from "./fixtures";
import { completeDataOnly, planInput } from "./planFixtures";

let input: PlanInput;
let table: MdiTable;
let briefing: Briefing;

beforeAll(async () => {
  const workbook = sampleWorkbook();
  // The strict rule keeps Weteringbuurt (no participation figure) unscored: the briefing's handling of it is tested.
  input = planInput(await workbook.readSelection(), completeDataOnly);
  await workbook.writeSheets(computePlan(input, { calculationSheetExists: false }));
  table = (await readMdiTable(workbook))!;
  briefing = briefingData({ table, data: input.data, analysis: input.analysis, config: input.config });
});

const column = (name: string) => CBS_HEADERS.indexOf(name);
const POPULATION = column("Aantal inwoners");
const WETERINGBUURT = 4; // no participation figure: no score

/** Ranks by counting (1 + number of higher scores), deciles ceil(10 r / N) — docs/method.md §1, without the engine. */
function decilesByCounting(values: number[]): number[] {
  const present = values.filter((v) => Number.isFinite(v));
  return values.map((v) => {
    if (!Number.isFinite(v)) return NaN;
    const rank = 1 + present.filter((w) => w > v).length;
    return Math.ceil((10 * rank) / present.length);
  });
}

describe("briefing numbers", () => {
  it("counts the areas and inhabitants and averages the scores", () => {
    expect(briefing.areas).toBe(12);
    expect(briefing.scored).toBe(11);
    const people = CBS_ROWS.map((r) => r[POPULATION] as number);
    expect(briefing.population).toBe(people.reduce((a, b) => a + b, 0));
    expect(briefing.meanScore).toBeCloseTo(mean(Array.from(table.score).filter(Number.isFinite)), 12);
  });

  it("lists the most and the least deprived areas by rank (at most half the scored areas each)", () => {
    expect(BRIEFING_TOP).toBe(10);
    const scored = CBS_ROWS.map((r, i) => ({ area: r[0] as string, score: table.score[i] })).filter((a) =>
      Number.isFinite(a.score),
    );
    const byScore = [...scored].sort((a, b) => b.score - a.score);
    expect(briefing.most.map((l) => l.area)).toEqual(byScore.slice(0, 5).map((a) => a.area));
    expect(briefing.most.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(briefing.least.map((l) => l.area)).toEqual(
      byScore
        .slice(-5)
        .reverse()
        .map((a) => a.area),
    );
    expect(briefing.least[0].rank).toBe(11);
    expect(briefing.most[0].area).toBe("Kolenkitbuurt");
  });

  it("compares the most deprived with the other scored areas on every numeric column", () => {
    const top = new Set(briefing.most.map((l) => l.area));
    expect(briefing.comparison.map((c) => c.column)).toEqual(input.analysis.numericColumns);
    for (const c of briefing.comparison) {
      const index = column(c.column);
      const values = (rows: typeof CBS_ROWS) =>
        rows.map((r) => r[index]).filter((v): v is number => typeof v === "number");
      const scoredRows = CBS_ROWS.filter((_, i) => i !== WETERINGBUURT);
      expect(c.top).toBeCloseTo(mean(values(scoredRows.filter((r) => top.has(r[0] as string)))), 12);
      expect(c.rest).toBeCloseTo(mean(values(scoredRows.filter((r) => !top.has(r[0] as string)))), 12);
    }
    const participation = briefing.comparison.find((c) => c.column === "Netto arbeidsparticipatie (%)")!;
    expect(participation.direction).toBe(-1);
    expect(participation.top).toBeLessThan(participation.rest);
    expect(briefing.comparison.find((c) => c.column === "SES-WOA score")!.direction).toBe(0);
  });

  it("distributes the scored areas and their inhabitants over the deciles", () => {
    // N = 11: ranks 1 … 11 fall in deciles 1 … 10, with ranks 10 and 11 both in decile 10.
    expect(briefing.deciles.map((d) => d.areas)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    const kolenkit = CBS_ROWS.find((r) => r[0] === "Kolenkitbuurt")![POPULATION] as number;
    expect(briefing.deciles[0].population).toBe(kolenkit);
    const scoredPeople = CBS_ROWS.filter((_, i) => i !== WETERINGBUURT).reduce(
      (s, r) => s + (r[POPULATION] as number),
      0,
    );
    expect(briefing.decile1PopulationShare).toBeCloseTo(kolenkit / scoredPeople, 12);
    expect(briefing.decile1Areas).toBe(1);
  });

  it("counts per area the domains in which it is in the most deprived decile", () => {
    const perDomain = table.domains.map((d) => decilesByCounting(Array.from(d.values)));
    const counts = CBS_ROWS.map((_, i) =>
      perDomain.some((d) => Number.isNaN(d[i])) ? NaN : perDomain.filter((d) => d[i] === 1).length,
    );
    expect(briefing.domains).toBe(4);
    expect(briefing.stacking.map((s) => s.areas)).toEqual(
      [0, 1, 2, 3, 4].map((k) => counts.filter((c) => c === k).length),
    );
    expect(briefing.stacked).toBe(counts.filter((c) => c >= 2).length);
  });

  it("correlates the MDI with the comparison indicators", () => {
    expect(briefing.correlations.map((c) => c.column)).toEqual(["SES-WOA score"]);
    const ses = column("SES-WOA score");
    const pairs = CBS_ROWS.map((r, i) => [table.score[i], r[ses] as number]).filter(([s]) => Number.isFinite(s));
    expect(briefing.correlations[0].pearson.r).toBeCloseTo(
      sampleCorrelation(
        pairs.map((p) => p[0]),
        pairs.map((p) => p[1]),
      ),
      12,
    );
  });

  it("refuses an MDI sheet that does not match the data", () => {
    const short = { ...table, rows: 11 };
    expect(() =>
      briefingData({ table: short, data: input.data, analysis: input.analysis, config: input.config }),
    ).toThrow(expect.objectContaining({ code: "LENGTH_MISMATCH" }));
  });
});

describe('the sheet "MDI briefing"', () => {
  let sheet: OutputSheet;
  let method: string[];
  beforeAll(() => {
    method = methodLines({ ...input, missing: missingOutcome(input.results) });
    sheet = briefingSheet({
      briefing,
      source: "Buurten!A1:I13",
      method,
      strings: STRINGS.nl,
      version: "9.9.9",
      date: "2025-11-27",
    });
  });

  const block = (first: CellInput) => {
    const found = sheet.blocks.find((b) => b.rows[0][0] === first);
    if (!found) throw new Error(`no block starting with ${String(first)}`);
    return found;
  };

  it("is the add-in's own sheet: values only, no tables or formulas", () => {
    expect(sheet.name).toBe(BRIEFING_SHEET);
    expect(sheet.tables).toEqual([]);
    for (const b of sheet.blocks)
      for (const row of b.rows) for (const cell of row) expect(typeof cell).not.toBe("object");
  });

  it("fits nine columns of fixed width, every line of text within them", () => {
    expect(sheet.columnWidths).toEqual(BRIEFING_COLUMN_WIDTHS);
    const width = BRIEFING_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(135);
    for (const b of sheet.blocks) {
      const { start } = parseAddress(b.topLeft);
      const widest = Math.max(...b.rows.map((r) => r.length));
      expect(start.column + widest).toBeLessThanOrEqual(BRIEFING_COLUMN_WIDTHS.length);
    }
    const bottom = Math.max(...sheet.blocks.map((b) => parseAddress(b.topLeft).start.row + b.rows.length));
    expect(bottom).toBeLessThan(75);
  });

  it("opens with the title and states that rank 1 is the most deprived", () => {
    expect(block("MDI-briefing: Buurten!A1:I13").topLeft).toBe("A1");
    expect(sheet.blocks[1].rows[0][0]).toBe(
      "Rang 1 = deciel 1 = meeste achterstand. Momentopname van het blad MDI, gemaakt met MDI voor Excel 9.9.9 op 2025-11-27.",
    );
  });

  it("gives the key figures with their number formats", () => {
    expect(block("Kerncijfers").topLeft).toBe("A4");
    const figures = sheet.blocks.filter((b) => b.rows[0].length === 4 && b.rows[0][1] === "" && b.rows[0][2] === "");
    expect(figures.map((b) => [b.rows[0][0], b.rows[0][3]])).toEqual([
      ["Gebieden", 12],
      ["Gebieden met een MDI-score", 11],
      ["Inwoners", briefing.population],
      ["Gemiddelde MDI-score", briefing.meanScore],
      ["Gebieden in het deciel met de meeste achterstand", 1],
      ["Inwoners in het deciel met de meeste achterstand", briefing.decile1PopulationShare],
      ["Gebieden met stapeling (≥ 2 domeinen)", briefing.stacked],
    ]);
    expect(figures[5].numberFormats).toEqual(["", "", "", "0.0%"]);
  });

  it("sets the most and the least deprived side by side", () => {
    const most = block("De 5 gebieden met de meeste achterstand");
    const least = block("De 5 gebieden met de minste achterstand");
    expect(parseAddress(most.topLeft).start.row).toBe(parseAddress(least.topLeft).start.row);
    expect(parseAddress(least.topLeft).start.column).toBe(5);
    const list = sheet.blocks.find((b) => b.rows[0][0] === "Gebied" && b.rows[1]?.[0] === "Kolenkitbuurt")!;
    expect(list.rows[0]).toEqual(["Gebied", "Rang", "MDI-score", "Deciel"]);
    expect(list.rows[1]).toEqual(["Kolenkitbuurt", 1, briefing.most[0].score, 1]);
  });

  it("shows the comparison, the deciles, stacking and correlations with the caveat", () => {
    const comparison = block("Indicator (kolom)");
    expect(comparison.rows[0]).toEqual(["Indicator (kolom)", "Top-5", "Overige", "Verschil"]);
    expect(comparison.rows.map((r) => r[0])).toContain("Netto arbeidsparticipatie (%) (hoger is gunstiger)");
    const deciles = block("Deciel");
    expect(deciles.rows[1][0]).toBe("1 (meeste achterstand)");
    expect(deciles.rows.slice(1).map((r) => r[1])).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(
      block("Domeinen in deciel 1")
        .rows.slice(1)
        .map((r) => r[0]),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(block("Samenhang zegt niets over causaliteit.").header).toBe(true);
    const correlations = block("Vergelijkingsindicator");
    expect(correlations.rows[1][0]).toBe("SES-WOA score");
    expect(correlations.rows[1][1]).toBe(briefing.correlations[0].pearson.r);
    expect(correlations.rows[1][2]).toBe("sterk");
  });

  it("ends with the method and weights, wrapped to the page", () => {
    const heading = block("Methode");
    const text = sheet.blocks[sheet.blocks.indexOf(heading) + 1].rows.map((r) => r[0] as string);
    for (const line of text) expect(line.length).toBeLessThanOrEqual(BRIEFING_LINE_WIDTH);
    expect(text.join(" ")).toBe(method.slice(1).join(" "));
    expect(text.join(" ")).toContain("Inkomen (gewicht 0,25)");
  });

  it("speaks English when the pane does", () => {
    const english = briefingSheet({
      briefing,
      source: "Buurten!A1:I13",
      method: methodLines({ ...input, strings: STRINGS.en, language: "en" }),
      strings: STRINGS.en,
      version: "9.9.9",
      date: "2025-11-27",
    });
    const texts = english.blocks.map((b) => b.rows[0][0]);
    expect(texts).toContain("Key figures");
    expect(texts).toContain("Correlation is not causation.");
    expect(texts).toContain("The 5 most deprived areas");
  });

  it("carries the map beside it, printed landscape, when the map step drew one; none and portrait otherwise", () => {
    expect(sheet.pictures ?? []).toEqual([]);
    expect(sheet.pageSetup?.orientation).toBe("portrait");
    const map = { name: "MDI-kaart", svg: "<svg/>", topLeft: "A1", width: 300, height: 200, description: "Kaart" };
    const withMap = briefingSheet({
      briefing,
      source: "Buurten!A1:I13",
      method,
      strings: STRINGS.nl,
      version: "9.9.9",
      date: "2025-11-27",
      map,
    });
    // Beside the nine columns of the briefing (A–I), one column apart.
    expect(withMap.pictures).toEqual([{ ...map, topLeft: "K3" }]);
    expect(withMap.pageSetup?.orientation).toBe("landscape");
    expect(withMap.blocks).toEqual(sheet.blocks);
  });
});

describe("wrapLine", () => {
  it("wraps at spaces and keeps every word", () => {
    expect(wrapLine("aa bb cc", 5)).toEqual(["aa bb", "cc"]);
    expect(wrapLine("a verylongword b", 4)).toEqual(["a", "verylongword", "b"]);
    expect(wrapLine("", 10)).toEqual([""]);
  });
});
