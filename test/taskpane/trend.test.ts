/**
 * The trend step's computation on the real sample examples/amsterdam-buurten-2017-2019.xlsx (CBS
 * Kerncijfers wijken en buurten 2017 and 2019): the 2019 table with the pane's suggested configuration is
 * the later period, the 2017 table the earlier one. Expected figures from an independent recomputation
 * in numpy (scripts in the comments: z against the 2017 mean and sd, the 65 % coverage rule, equal domain
 * weights, deciles ceil(10 · rank / N) among the buurten with both scores).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readXlsx } from "../../src/preview/io/readXlsx";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { suggestConfig } from "../../src/taskpane/model/config";
import { computeTrend, defaultMatches, matchAreas } from "../../src/taskpane/trend/trendResults";
import { trendSheet } from "../../src/taskpane/trend/trendSheet";
import { readTrendSummary } from "../../src/taskpane/trend/trendTable";
import { isTrendSettings, restoreMatches } from "../../src/taskpane/trend/trendSettings";
import { STRINGS } from "../../src/taskpane/strings";
import type { DataBlock } from "../../src/workbook/port";

const SAMPLE = resolve(__dirname, "../../examples/amsterdam-buurten-2017-2019.xlsx");

async function periods() {
  const bytes = readFileSync(SAMPLE);
  const model = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), "sample.xlsx");
  const workbook = new MemoryWorkbook(model);
  const later = await workbook.readTable("Buurten2019");
  const earlier = await workbook.readTable("Buurten2017");
  const name = (i: number) => `Kolom ${i + 1}`;
  return {
    later: { data: later, analysis: analyzeData(later, name) },
    earlier: { data: earlier, analysis: analyzeData(earlier, name) },
  };
}

/*
 * The numpy recomputation (python3 with numpy and pandas), for the record:
 *   E = 2017 rows in the 2019 table's Buurtcode order; per indicator z = (d·x − mean(d·E)) / std(d·E, ddof=1);
 *   a domain is the mean of the z's present when they are ≥ 65 % of its indicators; the MDI the mean of the
 *   domains present when they are ≥ 65 % of the four; deciles ceil(10 · (1 + #higher) / N) over the 386
 *   buurten with both; mean change per earlier decile; per domain the mean of (later − earlier).
 */
const SPEEDS = [
  -0.368445863367, -0.296192597762, -0.245032535251, -0.266832781628, -0.153970638902, -0.199454158551, -0.193787799733,
  -0.143715545708, -0.178521213696, -0.100857901769,
];
const PER_DECILE = [38, 39, 38, 39, 39, 38, 39, 38, 39, 39];
const DOMAINS = [
  ["inkomen", -0.08996861718794104, 298, 79],
  ["werk", -0.426724233892023, 312, 61],
  ["huisvesting", -0.23566731963765242, 366, 15],
  ["woonomgeving", -0.05533098327275514, 275, 101],
] as const;
const DIAGONAL = [26, 21, 17, 13, 8, 14, 10, 16, 21, 29];

describe("the trend of the Amsterdam sample, 2017 → 2019", () => {
  it("matches buurten by code, and reproduces the numpy recomputation", async () => {
    const { later, earlier } = await periods();
    const config = suggestConfig(later.data, later.analysis);
    const indicators = Object.keys(config.indicators).filter((k) => config.indicators[k].domain);
    expect(indicators).toHaveLength(11);
    const trend = computeTrend(config, later, earlier, defaultMatches(indicators, earlier.analysis))!;
    expect(trend.keyColumn).toBe("Buurtcode");
    expect([trend.areas.length, trend.onlyLater.length, trend.onlyEarlier.length]).toEqual([479, 0, 0]);
    expect(trend.matched).toHaveLength(11);
    expect(trend.bothScored).toBe(386);
    expect(trend.speeds.map((g) => g.areas)).toEqual(PER_DECILE);
    trend.speeds.forEach((g, d) => expect(g.meanChange).toBeCloseTo(SPEEDS[d], 11));
    expect(trend.domains.map((d) => [d.domain, d.improved, d.worsened])).toEqual(
      DOMAINS.map(([domain, , improved, worsened]) => [domain, improved, worsened]),
    );
    trend.domains.forEach((d, i) => expect(d.meanChange).toBeCloseTo(DOMAINS[i][1], 12));
    expect(trend.transitions.map((row, d) => row[d])).toEqual(DIAGONAL);
    expect(trend.transitions.flat().reduce((a, b) => a + b, 0)).toBe(386);
    expect(trend.persistent).toHaveLength(26);
    expect(trend.areas.filter((a) => a.change < 0)).toHaveLength(366);
  });

  it("writes MDI ontwikkeling: the per-area table, transitions, two speeds with a chart, domains, persistence", async () => {
    const { later, earlier } = await periods();
    const config = suggestConfig(later.data, later.analysis);
    const indicators = Object.keys(config.indicators).filter((k) => config.indicators[k].domain);
    const trend = computeTrend(config, later, earlier, defaultMatches(indicators, earlier.analysis))!;
    const sheet = trendSheet({ trend, strings: STRINGS.nl, earlierName: "Buurten2017", laterName: "Buurten2019" });
    expect(sheet.name).toBe("MDI ontwikkeling");
    const [table] = sheet.tables;
    expect(table.headers).toEqual([
      "Buurtcode",
      "Gebied",
      "Wijk",
      "MDI eerder",
      "MDI later",
      "Verandering",
      "Deciel eerder",
      "Deciel later",
      "Deciel verschoven",
    ]);
    expect(table.rows).toHaveLength(479);
    const texts = sheet.blocks.flatMap((b) => b.rows.flat());
    expect(texts).toContain(STRINGS.nl.trend.sheet.speeds);
    expect(texts).toContain(STRINGS.nl.trend.sheet.absolute);
    expect(texts).toContain(STRINGS.nl.trend.sheet.persistent(26));
    expect(sheet.charts.map((c) => [c.name, c.type])).toEqual([["MDI_Twee_snelheden", "ColumnClustered"]]);
    // A missing value is never written as NaN: blanks where an area has no score in a period.
    expect(table.rows.flat().some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  });

  it("drops a domain without matched indicators and lists the indicators it could not match", async () => {
    const { later, earlier } = await periods();
    const config = suggestConfig(later.data, later.analysis);
    const indicators = Object.keys(config.indicators).filter((k) => config.indicators[k].domain);
    const matches = {
      ...defaultMatches(indicators, earlier.analysis),
      "Personen met een WW-uitkering (per 1 000 inwoners)": null,
    };
    const trend = computeTrend(config, later, earlier, matches)!;
    expect(trend.droppedDomains).toEqual(["werk"]);
    expect(trend.unmatchedIndicators).toEqual(["Personen met een WW-uitkering (per 1 000 inwoners)"]);
    expect(trend.domains.map((d) => d.domain)).toEqual(["inkomen", "huisvesting", "woonomgeving"]);
  });

  it("is read back from the workbook for the briefing: counts and the mean change by earlier decile", async () => {
    const { later, earlier } = await periods();
    const config = suggestConfig(later.data, later.analysis);
    const indicators = Object.keys(config.indicators).filter((k) => config.indicators[k].domain);
    const trend = computeTrend(config, later, earlier, defaultMatches(indicators, earlier.analysis))!;
    const workbook = new MemoryWorkbook();
    await workbook.writeSheets([
      trendSheet({ trend, strings: STRINGS.en, earlierName: "Buurten2017", laterName: "Buurten2019" }),
    ]);
    const summary = (await readTrendSummary((name) => workbook.readTable(name)))!;
    expect([summary.both, summary.improved, summary.persistent]).toEqual([386, 366, 26]);
    summary.byDecile.forEach((d, i) => {
      expect(d.areas).toBe(PER_DECILE[i]);
      expect(d.meanChange).toBeCloseTo(SPEEDS[i], 11);
    });
    expect(await readTrendSummary((name) => new MemoryWorkbook().readTable(name))).toBeNull();
  });
});

describe("the trend step's stored settings", () => {
  it("restore the user's matches for the same earlier table, where the column is still there", () => {
    const defaults = { A: "A", B: "B", C: null };
    const stored = { earlierTable: "T2017", matches: { A: null, B: "B old", C: "C 2017" } };
    expect(isTrendSettings(stored)).toBe(true);
    expect(isTrendSettings({ earlierTable: 5, matches: {} })).toBe(false);
    expect(restoreMatches(defaults, stored, "T2017", ["A", "B", "C 2017"])).toEqual({ A: null, B: "B", C: "C 2017" });
    // Another earlier table: the defaults (same header).
    expect(restoreMatches(defaults, stored, "T2015", ["A", "B", "C 2017"])).toEqual(defaults);
  });
});

describe("matching areas", () => {
  it("lists the areas one period has and the other not, with CBS's boundary-change code when there is one", async () => {
    const block = (
      codes: string[],
      change?: string[],
    ): { data: DataBlock; analysis: ReturnType<typeof analyzeData> } => {
      const headers = change ? ["Buurtcode", "Indelingswijziging", "X"] : ["Buurtcode", "X"];
      const rows = codes.map((c, i) => (change ? [c, change[i], i + 1] : [c, i + 1]));
      const data = { source: { kind: "selection" as const, sheet: "S", address: "A1:C9" }, headers, rows };
      return { data, analysis: analyzeData(data, (i) => `Kolom ${i + 1}`) };
    };
    const later = block(["BU01", "BU02", "BU04"], ["1", "1", "2"]);
    const earlier = block(["bu01 ", "BU02", "BU03"]);
    const matching = matchAreas(later, earlier, null)!;
    expect(matching.keyColumn).toBe("Buurtcode");
    expect(matching.keys).toEqual(["BU01", "BU02"]); // case and spaces ignored
    expect(matching.onlyLater).toEqual(["BU04 (Indelingswijziging: 2)"]);
    expect(matching.onlyEarlier).toEqual(["BU03"]);
  });
});
