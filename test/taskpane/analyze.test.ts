/**
 * What the pane recognises in data read from the workbook: area, groups,
 * population, numeric columns with their missing values.
 */
import { analyzeData, uniqueHeaders } from "../../src/taskpane/model/analyze";
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
