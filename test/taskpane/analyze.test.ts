/**
 * What the pane recognises in data read from the workbook: area, groups,
 * population, numeric columns with their missing values; and the defaults it
 * suggests for the example workbooks in examples/.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readXlsx } from "../../src/preview/io/readXlsx";
import { MemoryWorkbook } from "../../src/preview/memory/memoryWorkbook";
import { analyzeData, uniqueHeaders } from "../../src/taskpane/model/analyze";
import { suggestConfig } from "../../src/taskpane/model/config";
import { isCodeHeader } from "../../src/taskpane/model/suggest";
import type { DataBlock } from "../../src/workbook/port";
import { CBS_HEADERS, CBS_ROWS } from "./fixtures";

const emptyName = (i: number) => `Kolom ${i + 1}`;

function block(headers: string[], rows: DataBlock["rows"]): DataBlock {
  return Object.freeze({ source: { kind: "selection", sheet: "Data", address: "A1:Z99" }, headers, rows }) as DataBlock;
}

describe("analyzeData", () => {
  const sample = block(CBS_HEADERS, CBS_ROWS as DataBlock["rows"]);
  const analysis = analyzeData(sample, emptyName);

  it("finds the area name column, the group column and the population column", () => {
    expect(analysis.rows).toBe(12);
    expect(analysis.areaColumn).toBe("Buurt");
    expect(analysis.groupColumns).toEqual(["Wijk"]);
    expect(analysis.populationColumn).toBe("Aantal inwoners");
  });

  it("lists the numeric columns other than the population, with missing counts", () => {
    expect(analysis.numericColumns).toEqual(CBS_HEADERS.slice(3));
    const participation = analysis.columns.find((c) => c.name === "Netto arbeidsparticipatie (%)")!;
    expect(participation).toMatchObject({ numbers: 11, blanks: 1, texts: 0, numeric: true });
    expect(analysis.comparatorColumns).toEqual(["SES-WOA score"]);
  });

  it("prefers a name over a code for the area, and a hinted group over another repeating column", () => {
    const data = block(
      ["Regiocode", "Naam", "Gemeente", "Soort", "x"],
      [
        ["BU001", "A", "Almelo", "Buurt", 1],
        ["BU002", "B", "Almelo", "Buurt", 2],
        ["BU003", "C", "Hengelo", "Buurt", 3],
        ["BU004", "D", "Hengelo", "Buurt", 4],
      ],
    );
    const result = analyzeData(data, emptyName);
    expect(result.areaColumn).toBe("Naam");
    expect(result.groupColumns[0]).toBe("Gemeente");
  });

  it("counts text in a numeric column (CBS '.' for suppressed) and remembers the first one", () => {
    const data = block(
      ["Buurt", "Bijstand"],
      [
        ["A", 10],
        ["B", "."],
        ["C", 12],
        ["D", ""],
      ],
    );
    const column = analyzeData(data, emptyName).columns[1];
    expect(column).toMatchObject({ numeric: true, numbers: 2, texts: 1, blanks: 1, firstText: { row: 1, value: "." } });
  });

  it("picks the largest of several population-like columns", () => {
    const data = block(
      ["Buurt", "Bevolking 0 tot 15 jaar", "Bevolking totaal"],
      [
        ["A", 10, 100],
        ["B", 20, 150],
      ],
    );
    expect(analyzeData(data, emptyName).populationColumn).toBe("Bevolking totaal");
  });

  it("makes headers unique and names empty ones", () => {
    expect(uniqueHeaders(["x", "", "x", " y "], emptyName)).toEqual(["x", "Kolom 2", "x (2)", "y"]);
  });
});

/** An example workbook's table as the pane reads it, its analysis and the suggested configuration. */
async function example(file: string, table: string) {
  const bytes = readFileSync(resolve(__dirname, "../../examples", file));
  const model = await readXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), file);
  const data = await new MemoryWorkbook(model).readTable(table);
  const analysis = analyzeData(data, emptyName);
  return { data, analysis, config: suggestConfig(data, analysis) };
}

describe("defaults for the example workbooks", () => {
  it("Amsterdam buurten: area Buurt, deciles within Wijk, Buurtcode no indicator", async () => {
    const { analysis, config } = await example("amsterdam-buurten-2019.xlsx", "Buurten");
    expect(analysis.areaColumn).toBe("Buurt");
    expect(analysis.groupColumns).toEqual(["Wijk"]);
    expect([config.areaColumn, config.groupColumn]).toEqual(["Buurt", "Wijk"]);
    expect(config.indicators).not.toHaveProperty("Buurtcode");
  });

  it("gemeenten: area Gemeente (the name), deciles within Provincie, Gemeentecode a code, never an indicator", async () => {
    const { data, analysis, config } = await example("gemeenten-2024.xlsx", "Gemeenten");
    expect(data.headers.slice(0, 3)).toEqual(["Gemeentecode", "Gemeente", "Provincie"]);
    expect(analysis.rows).toBe(342);
    expect(analysis.areaColumn).toBe("Gemeente");
    expect(analysis.groupColumns).toEqual(["Provincie"]);
    expect(analysis.populationColumn).toBe("Inwoners 1 januari 2025 (aantal)");
    expect(config).toMatchObject({
      areaColumn: "Gemeente",
      groupColumn: "Provincie",
      populationColumn: "Inwoners 1 januari 2025 (aantal)",
    });
    expect(isCodeHeader("Gemeentecode")).toBe(true);
    expect(analysis.columns.find((c) => c.name === "Gemeentecode")).toMatchObject({ numeric: false, distinct: 342 });
    expect(analysis.numericColumns).not.toContain("Gemeentecode");
    expect(config.indicators).not.toHaveProperty("Gemeentecode");
    expect(config.indicators).not.toHaveProperty("Provincie");
  });

  it("gemeenten: the code is recognised even when a sheet holds it as numbers", () => {
    const data = block(
      ["Gemeentecode", "Gemeente", "Provincie", "Inwoners", "Bijstand"],
      [
        [14, "Groningen", "Groningen", 240000, 40],
        [37, "Stadskanaal", "Groningen", 32000, 38],
        [47, "Veendam", "Groningen", 28000, 42],
        [363, "Amsterdam", "Noord-Holland", 930000, 45],
        [384, "Diemen", "Noord-Holland", 32000, 30],
        [394, "Haarlemmermeer", "Noord-Holland", 160000, 20],
      ],
    );
    const analysis = analyzeData(data, emptyName);
    expect(analysis.areaColumn).toBe("Gemeente");
    expect(analysis.groupColumns).toEqual(["Provincie"]);
    expect(analysis.populationColumn).toBe("Inwoners");
    expect(analysis.numericColumns).toEqual(["Bijstand"]);
  });

  it("England: the LSOA code is the area (the only text column), no group, the seven ranks and the IMD left", async () => {
    const { analysis, config } = await example("england-iod2025.xlsx", "IoD2025");
    expect(analysis.areaColumn).toBe("LSOA code (2021)");
    expect(analysis.groupColumns).toEqual([]);
    expect(config.groupColumn).toBeNull();
    expect(analysis.numericColumns).toHaveLength(10);
  });
});
