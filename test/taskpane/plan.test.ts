/**
 * The compute plan: the sheets a "Bereken" writes — formula text on the
 * calculation sheet, the results table, colour scales, charts and the Methode
 * block — and the correlation sheet.
 */
import { sampleCorrelation } from "simple-statistics";
import { computeCorrelations } from "../../src/taskpane/compute/correlations";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { applyPreset, type MdiConfig } from "../../src/taskpane/model/config";
import { computePlan, correlationSheet, methodLines, missingOutcome } from "../../src/taskpane/plan";
import { STRINGS } from "../../src/taskpane/strings";
import type { DataBlock, OutputSheet } from "../../src/workbook/port";
import { CBS_HEADERS, CBS_ROWS } from "./fixtures";
import { completeDataOnly, planInput } from "./planFixtures";

const data: DataBlock = Object.freeze({
  source: { kind: "selection", sheet: "Buurten", address: "A1:I13" },
  headers: CBS_HEADERS,
  rows: CBS_ROWS as DataBlock["rows"],
}) as DataBlock;

function sheetNamed(sheets: OutputSheet[], name: string): OutputSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

describe("live formulas (the default)", () => {
  const input = planInput(data);
  const sheets = computePlan(input, { calculationSheetExists: false });
  const calc = sheetNamed(sheets, "MDI berekening");
  const mdi = sheetNamed(sheets, "MDI");

  it("writes only the add-in's own sheets", () => {
    expect(sheets.map((s) => s.name)).toEqual(["MDI berekening", "MDI"]);
  });

  it("puts one spilled formula per column on the calculation sheet, referencing the source absolutely", () => {
    const [headers, formulas] = calc.blocks[0].rows;
    expect(headers).toEqual([
      "Inkomen",
      "Werk",
      "Huisvesting",
      "Woonomgeving",
      "MDI-score",
      "Rang",
      "Deciel (landelijk)",
      "Deciel binnen Wijk",
      "Dekking",
    ]);
    // Every source range goes in as IF(ISBLANK(r),"",r): an empty cell stays a blank on builds that pass it as 0.
    const kept = (range: string) => `IF(ISBLANK(${range}),"",${range})`;
    expect(formulas).toEqual([
      { formula: `=MDI.DOMAIN(${kept("Buurten!$D$2:$E$13")},{1,1},{1,1},"z",0.65)` },
      { formula: `=MDI.DOMAIN(${kept("Buurten!$F$2:$F$13")},{-1},{1},"z",0.65)` },
      { formula: `=MDI.DOMAIN(${kept("Buurten!$G$2:$G$13")},{-1},{1},"z",0.65)` },
      { formula: `=MDI.DOMAIN(${kept("Buurten!$H$2:$H$13")},{1},{1},"z",0.65)` },
      { formula: '=MDI.SCORE(IFERROR(A2:D13,""),{0.25,0.25,0.25,0.25},"exp",,0.65)' },
      { formula: '=MDI.RANK(IFERROR(E2:E13,""))' },
      { formula: '=MDI.DECILE(IFERROR(E2:E13,""))' },
      { formula: `=MDI.DECILE(IFERROR(E2:E13,""),${kept("Buurten!$B$2:$B$13")})` },
      { formula: '=MDI.COVERAGE(IFERROR(A2:D13,""),{0.25,0.25,0.25,0.25})' },
    ]);
    expect(calc.tables).toEqual([]); // spilled formulas cannot live in a table (#SPILL!)
  });

  it("fills the results table with per-row references, not spills", () => {
    const [table] = mdi.tables;
    expect(table.name).toBe("MDI_Resultaten");
    expect(table.topLeft).toBe("A4");
    expect(table.headers).toEqual([
      "Gebied",
      "Wijk",
      "Inkomen",
      "Werk",
      "Huisvesting",
      "Woonomgeving",
      "MDI-score",
      "Rang",
      "Deciel (landelijk)",
      "Deciel binnen Wijk",
      "Dekking",
    ]);
    expect(table.rows).toHaveLength(12);
    expect(table.rows[0]).toEqual([
      { formula: "=Buurten!A2" },
      { formula: "=Buurten!B2" },
      { formula: "='MDI berekening'!A2" },
      { formula: "='MDI berekening'!B2" },
      { formula: "='MDI berekening'!C2" },
      { formula: "='MDI berekening'!D2" },
      { formula: "='MDI berekening'!E2" },
      { formula: "='MDI berekening'!F2" },
      { formula: "='MDI berekening'!G2" },
      { formula: "='MDI berekening'!H2" },
      { formula: "='MDI berekening'!I2" },
    ]);
    expect(table.rows[11][9]).toEqual({ formula: "='MDI berekening'!H13" });
    expect(table.numberFormats).toEqual(["", "", "0.000", "0.000", "0.000", "0.000", "0.000", "0", "0", "0", "0%"]);
  });

  it("states decile 1 = most deprived above the table, colours both decile columns and shades partial coverage", () => {
    expect(mdi.blocks[1].rows[0][0]).toMatch(/^Rang 1 en deciel 1 = meeste achterstand/);
    expect(mdi.conditionalFormats).toEqual([
      { kind: "colorScale", address: "I5:I16", colors: ["#F8696B", "#FFEB84", "#63BE7B"], points: [1, 5.5, 10] },
      { kind: "colorScale", address: "J5:J16", colors: ["#F8696B", "#FFEB84", "#63BE7B"], points: [1, 5.5, 10] },
      // Coverage: orange at the rule's 65 %, white at 100 %.
      { kind: "colorScale", address: "K5:K16", colors: ["#F4B183", "#FFFFFF"], points: [0.65, 1] },
    ]);
  });

  it("draws the decile distribution per group, the profile and the comparator scatter with r in its title", () => {
    expect(mdi.charts.map((c) => [c.name, c.type])).toEqual([
      ["MDI_Decielen", "ColumnStacked"],
      ["MDI_Profiel", "ColumnClustered"],
      ["MDI_Vergelijking", "XYScatter"],
    ]);
    const [deciles, profile, scatter] = mdi.charts;
    expect(deciles.title).toBe("Gebieden per landelijk deciel, per Wijk (1 = meeste achterstand)");
    expect(deciles.series).toHaveLength(10);
    // The numbers behind the chart: one row per wijk, one column per decile, counting every scored buurt once.
    const block = mdi.blocks.find((b) => b.rows[0][0] === "Wijk")!;
    expect(block.rows.map((r) => r[0])).toEqual([
      "Wijk",
      "Burgwallen-Oude Zijde",
      "Grachtengordel-Zuid",
      "Bos en Lommer",
      "Slotermeer",
    ]);
    const counted = block.rows
      .slice(1)
      .reduce((sum, r) => sum + (r.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
    // 12 buurten: Weteringbuurt lacks its participation figure, i.e. the werk domain (a quarter of the weight);
    // with 75 % of the weight present it is scored under the default 65 % rule.
    expect(counted).toBe(12);
    expect(deciles.series[0].categories).toBe(`${columnOf(block.topLeft)}2:${columnOf(block.topLeft)}5`);

    // Profile: by default the most deprived buurt (Kolenkitbuurt: highest low income and bijstand, lowest WOZ).
    expect(profile.title).toBe("Domeinprofiel van Kolenkitbuurt tegen het gemiddelde");
    expect(profile.series.map((s) => s.name)).toEqual(["Kolenkitbuurt", "Gemiddelde van alle gebieden"]);

    // r computed independently (simple-statistics) over the buurten with a score.
    const scored = input.results.score;
    const x: number[] = [];
    const y: number[] = [];
    CBS_ROWS.forEach((row, i) => {
      if (Number.isFinite(scored[i])) {
        x.push(scored[i]);
        y.push(row[8] as number);
      }
    });
    const r = sampleCorrelation(x, y);
    expect(r).toBeLessThan(-0.5);
    expect(scatter.title).toBe(
      `MDI en SES-WOA score (r = ${r < 0 ? "\u2212" : ""}${Math.abs(r).toFixed(2).replace(".", ",")})`,
    );
    expect(scatter.series[0]).toEqual({ name: "Gebieden", values: "G5:G16", xValues: "Buurten!$I$2:$I$13" });
  });

  it("writes the Methode block next to the table", () => {
    const method = mdi.blocks.find((b) => b.rows[0][0] === "Methode")!;
    expect(method.topLeft).toBe("M1"); // one column right of the table's last column, Dekking (K)
    const text = method.rows.map((r) => r[0]);
    expect(text).toEqual(methodLines({ ...input, missing: missingOutcome(input.results) }));
    expect(text).toContain("Gegevens: Buurten!A1:I13, 12 gebieden; gebiedskolom: Buurt.");
    expect(text).toContain("Domeinen en gewichten (Gelijke weging, niet-officieel):");
    expect(text).toContain(
      "Inkomen (gewicht 0,25): Huishoudens met een laag inkomen (%); Personen met bijstand per 1000 inwoners.",
    );
    expect(text).toContain("Werk (gewicht 0,25): Netto arbeidsparticipatie (%) (hoger is gunstiger).");
    expect(text).toContain("Lokale decielen: hetzelfde binnen elke Wijk.");
    expect(text).toContain(
      "Ontbrekende waarden: een gebied krijgt een score als de indicatoren die het heeft minstens 65 % van het indicatorgewicht van een domein dragen en de domeinen die het heeft minstens 65 % van het domeingewicht, over wat het heeft met die gewichten herschaald (kolom Dekking: het aanwezige deel van het domeingewicht). Een ontbrekende waarde telt nooit als 0.",
    );
    expect(text).toContain("Gebieden zonder score: 0.");
    expect(text[text.length - 1]).toBe("Berekend met MDI voor Excel 9.9.9 op 2025-11-27.");
  });
});

function columnOf(address: string): string {
  return /^[A-Z]+/.exec(address)![0];
}

describe("decile chart with many groups", () => {
  it("charts the national distribution above 12 groups, and still writes the per-group counts", () => {
    // Each of the twelve buurten three times, two buurten per wijk: 18 groups.
    const rows = [...CBS_ROWS, ...CBS_ROWS, ...CBS_ROWS].map((row, i) => [
      `${row[0]} ${i}`,
      `Wijk ${Math.floor(i / 2)}`,
      ...row.slice(2),
    ]);
    const many: DataBlock = { source: data.source, headers: CBS_HEADERS, rows: rows as DataBlock["rows"] };
    const mdi = sheetNamed(computePlan(planInput(many), { calculationSheetExists: false }), "MDI");
    const deciles = mdi.charts.find((c) => c.name === "MDI_Decielen")!;
    expect(deciles.type).toBe("ColumnClustered");
    expect(deciles.series).toHaveLength(1);
    expect(deciles.title).toBe("Gebieden per landelijk deciel (1 = meeste achterstand)");
    const perGroup = mdi.blocks.find((b) => b.rows[0][0] === "Wijk")!;
    expect(perGroup.rows).toHaveLength(19);
    const national = mdi.blocks.find((b) => b.rows[0][0] === "Deciel (landelijk)")!;
    const total = national.rows.slice(1).reduce((sum, r) => sum + (r[1] as number), 0);
    // All 36 copies are scored: the three without a participation figure miss a quarter of the weight (rule 65 %).
    expect(total).toBe(36);
  });
});

describe("formula references", () => {
  it("skips columns between a domain's indicators with weight 0, and quotes sheet names", () => {
    const spaced: DataBlock = {
      source: { kind: "table", sheet: "Mijn data", address: "C3:K15", table: "Buurten" },
      headers: CBS_HEADERS,
      rows: CBS_ROWS as DataBlock["rows"],
    };
    // Income from low income (column F of the sheet) and WOZ value moved to income too (column I).
    const input = planInput(spaced, (c) => ({
      ...c,
      indicators: {
        ...c.indicators,
        "Gemiddelde WOZ-waarde van woningen (x 1000 euro)": { domain: "inkomen", direction: -1 },
      },
    }));
    const calc = computePlan(input, { calculationSheetExists: false })[0];
    expect(calc.blocks[0].rows[1][0]).toEqual({
      formula:
        "=MDI.DOMAIN(IF(ISBLANK('Mijn data'!$F$4:$I$15),\"\",'Mijn data'!$F$4:$I$15),{1,1,1,-1},{1,1,0,1},\"z\",0.65)",
    });
    const mdi = computePlan(input, { calculationSheetExists: false })[1];
    expect(mdi.tables[0].rows[0][0]).toEqual({ formula: "='Mijn data'!C4" });
  });
});

describe("values", () => {
  const input = planInput(data, (c) => ({ ...c, output: "values" }));
  const complete = planInput(data, (c) => completeDataOnly({ ...c, output: "values" }));

  it("writes the engine's numbers, blanks where an area has no score (complete data only)", () => {
    const sheets = computePlan(complete, { calculationSheetExists: false });
    expect(sheets.map((s) => s.name)).toEqual(["MDI"]);
    const rows = sheets[0].tables[0].rows;
    expect(rows[0].slice(0, 2)).toEqual(["Kop Zeedijk", "Burgwallen-Oude Zijde"]);
    const weteringbuurt = rows[4];
    expect(weteringbuurt[3]).toBe(""); // Werk: participation suppressed
    expect(weteringbuurt.slice(6, 10)).toEqual(["", "", "", ""]);
    expect(weteringbuurt[10]).toBe(0.75); // three of the four equally weighted domains present
    const ranks = rows.map((r) => r[7]).filter((v) => v !== "");
    expect([...ranks].sort((a, b) => (a as number) - (b as number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("scores an area over the domains it has under the default 65 % rule, and says so in the coverage column", () => {
    const rows = computePlan(input, { calculationSheetExists: false })[0].tables[0].rows;
    const weteringbuurt = rows[4];
    expect(weteringbuurt[3]).toBe(""); // Werk stays blank: a missing value is never 0
    expect(typeof weteringbuurt[6]).toBe("number");
    expect(weteringbuurt[10]).toBe(0.75);
    expect(rows.filter((r) => r[10] === 1)).toHaveLength(11);
    const ranks = rows.map((r) => r[7] as number).sort((a, b) => a - b);
    expect(ranks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it("marks a calculation sheet left from live formulas as not in use", () => {
    const sheets = computePlan(input, { calculationSheetExists: true });
    expect(sheets.map((s) => s.name)).toEqual(["MDI berekening", "MDI"]);
    expect(sheets[0].blocks[0].rows[0][0]).toMatch(/^Niet in gebruik/);
  });

  it("reproduces docs/method.md worked example B (England weights on published domain ranks)", () => {
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
    const example: DataBlock = {
      source: { kind: "selection", sheet: "IoD", address: "A1:H6" },
      headers,
      rows: ranks.map((r, i) => ["ABCDE"[i], ...r]),
    };
    // Rank 1 = most deprived, so higher is better (-1); z-scores keep the order, hence the domain ranks.
    const toEngland = (c: MdiConfig): MdiConfig => {
      const england = applyPreset(
        c,
        "england",
        analyzeData(example, (i) => `Column ${i + 1}`),
      );
      const indicators = Object.fromEntries(
        Object.entries(england.indicators).map(([k, v]) => [k, { ...v, direction: -1 as const }]),
      );
      return { ...england, indicators, output: "values", groupColumn: null };
    };
    const input = planInput(example, toEngland, "en");
    expect(input.results.domains.map((d) => d.domain)).toEqual([
      "income",
      "employment",
      "education",
      "health",
      "crime",
      "barriers",
      "living",
    ]);
    const [sheet] = computePlan(input, { calculationSheetExists: false });
    const table = sheet.tables[0];
    expect(table.headers).toEqual([
      "Area",
      "Income",
      "Employment",
      "Education, skills and training",
      "Health and disability",
      "Crime",
      "Barriers to housing and services",
      "Living environment",
      "MDI score",
      "Rank",
      "Decile (national)",
      "Coverage",
    ]);
    const scores = table.rows.map((r) => r[8] as number);
    [66.8042, 52.9855, 31.6085, 12.3575, 9.1702].forEach((expected, i) => expect(scores[i]).toBeCloseTo(expected, 4));
    expect(table.rows.map((r) => r[9])).toEqual([1, 2, 3, 4, 5]);
    expect(table.rows.map((r) => r[10])).toEqual([2, 4, 6, 8, 10]);
    expect(table.rows.map((r) => r[11])).toEqual([1, 1, 1, 1, 1]); // complete data
  });
});

describe("correlation sheet", () => {
  const input = planInput(data);
  const withAll: MdiConfig = {
    ...input.config,
    comparators: ["SES-WOA score", "Aantal inwoners", "Afstand tot huisartsenpraktijk (km)"],
  };

  it("sorts by |r|, states the caveat, and charts the coefficients", () => {
    const outcome = computeCorrelations(input.results.score, data, input.analysis, withAll.comparators);
    const sheet = correlationSheet(outcome, STRINGS.nl);
    expect(sheet.name).toBe("MDI samenhang");
    expect(sheet.blocks[1].rows[0][0]).toBe("Samenhang zegt niets over causaliteit.");
    const table = sheet.tables[0];
    expect(table.name).toBe("MDI_Samenhang");
    expect(table.headers.slice(0, 7)).toEqual([
      "Vergelijkingsindicator",
      "n",
      "Pearson r",
      "p (Pearson r)",
      "95 %-interval laag (Pearson r)",
      "95 %-interval hoog (Pearson r)",
      "Sterkte (Pearson r)",
    ]);
    const r = table.rows.map((row) => Math.abs(row[2] as number));
    expect(r).toEqual([...r].sort((a, b) => b - a));
    const ses = table.rows.find((row) => row[0] === "SES-WOA score")!;
    expect(ses[1]).toBe(12); // 12 buurten, all scored under the default rule
    expect(ses[6]).toBe("sterk");
    expect(sheet.charts[0]).toMatchObject({
      type: "BarClustered",
      title: "Samenhang met de MDI (Pearson r en Spearman ρ)",
    });
    expect(sheet.charts[0].series[0].categories).toBe("A7:A9");
  });

  it("lists a comparator it could not compute instead of dropping it silently", () => {
    const flat: DataBlock = { ...data, headers: [...CBS_HEADERS, "Constant"], rows: data.rows.map((r) => [...r, 5]) };
    const flatInput = planInput(flat);
    const outcome = computeCorrelations(flatInput.results.score, flat, flatInput.analysis, ["Constant"]);
    expect(outcome.rows).toEqual([]);
    expect(outcome.failed.map((f) => [f.column, f.error.code])).toEqual([["Constant", "ZERO_VARIANCE"]]);
    const sheet = correlationSheet(outcome, STRINGS.en);
    expect(sheet.blocks.map((b) => b.rows[0][0])).toContain("Not computed: Constant.");
    expect(sheet.tables).toEqual([]);
  });
});
