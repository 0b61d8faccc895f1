/**
 * Whole-column references: =MDI.SCORE(B:H) sends all 1,048,576 rows of the sheet, nearly all empty.
 * Trailing rows whose every cell is blank are not areas: they are left out before computing and come
 * back as "" (blank), so the spill keeps the input's shape. Blank rows in the middle stay areas with a
 * missing value (#N/A). Expected scores from the IoD definition written out here (technical report
 * 2019, Stage 5–6: rank 1 = most deprived, ties at the minimum, X = −23 ln(1 − R(1 − e^(−100/23))),
 * R = (N − r + 1)/N, weighted sum), not from the engine.
 */
import { installCustomFunctionsStub, asExcelError } from "../support/customFunctions";
installCustomFunctionsStub();
import { score } from "../../src/functions/score";
import { rank } from "../../src/functions/rank";
import { decile } from "../../src/functions/decile";
import { normalize } from "../../src/functions/normalize";
import { contrib } from "../../src/functions/contrib";
import { stack } from "../../src/functions/stack";
import { coverage } from "../../src/functions/coverage";
import { sensitivity } from "../../src/functions/sensitivity";
import { persist } from "../../src/functions/persist";

const SHEET_ROWS = 1048576;
const AREAS = 500;
const WEIGHTS = [0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093];

/** Deterministic data: area a, domain d (no two areas equal in a domain). */
const value = (a: number, d: number) => ((a * (7 + 2 * d) + d * 13) % AREAS) + d / 10;

function definitionScores(rows: number[][]): number[] {
  const n = rows.length;
  const x = (r: number) => -23 * Math.log(1 - ((n - r + 1) / n) * (1 - Math.exp(-100 / 23)));
  return rows.map((row) =>
    WEIGHTS.reduce((sum, w, d) => sum + w * x(1 + rows.filter((other) => other[d] > row[d]).length), 0),
  );
}

/** The areas, then blank rows to the bottom of the sheet (null as Excel on the web, "" from formulas). */
function wholeColumns(areas: (number | string)[][], width: number): (number | null | string)[][] {
  const sheet: (number | null | string)[][] = areas.slice();
  for (let r = areas.length; r < SHEET_ROWS; r++) sheet.push(new Array(width).fill(r % 2 ? null : ""));
  return sheet;
}

const areas = Array.from({ length: AREAS }, (_, a) => WEIGHTS.map((_, d) => value(a, d)));

describe("whole-column references", () => {
  it(`=MDI.SCORE(B:H): ${AREAS} areas and ${SHEET_ROWS - AREAS} empty rows give ${AREAS} scores, then blanks`, () => {
    const expected = definitionScores(areas);
    const result = score(wholeColumns(areas, 7), [WEIGHTS]);
    expect(result).toHaveLength(SHEET_ROWS);
    for (let a = 0; a < AREAS; a++) expect(result[a][0] as number).toBeCloseTo(expected[a], 10);
    for (let r = AREAS; r < SHEET_ROWS; r++)
      if (result[r].length !== 1 || result[r][0] !== "") throw new Error(`row ${r}`);
    // The payload stays small: blanks (about 5 MB as JSON), not 1,048,076 error objects with their messages
    // (142 MB before). How fast it is, is measured by the bench, not here.
    expect(JSON.stringify(result).length).toBeLessThan(10 * 1024 * 1024);
  });

  it("a blank row among the areas stays an area with a missing value; only the trailing ones are blank", () => {
    const sheet = wholeColumns(areas.slice(0, 20), 7).slice(0, 30);
    sheet[5] = new Array(7).fill(null);
    const result = score(sheet, [WEIGHTS]);
    expect(result).toHaveLength(30);
    expect(asExcelError(result[5][0])?.code).toBe("#N/A");
    expect(typeof result[19][0]).toBe("number");
    expect(result.slice(20)).toEqual(Array.from({ length: 10 }, () => [""]));
  });

  it("=MDI.RANK(B:B, C:C) and =MDI.DECILE(B:B) rank the areas only and keep the column's height", () => {
    const values = wholeColumns(
      areas.map((row) => [row[0]]),
      1,
    );
    const groups = wholeColumns(
      areas.map((_, a) => [a % 2 ? "odd" : "even"]),
      1,
    );
    const ranks = rank(values, groups);
    const deciles = decile(values);
    expect(ranks).toHaveLength(SHEET_ROWS);
    expect(deciles).toHaveLength(SHEET_ROWS);
    // RANK.EQ(x, range, 0) within each group of 250 areas, and ceil(10 · rank / 500) over all of them.
    for (let a = 0; a < AREAS; a++) {
      const x = areas[a][0];
      const above = areas.filter((row, b) => b % 2 === a % 2 && row[0] > x).length;
      expect(ranks[a][0]).toBe(1 + above);
      expect(deciles[a][0]).toBe(Math.ceil((10 * (1 + areas.filter((row) => row[0] > x).length)) / AREAS));
    }
    expect(ranks[AREAS][0]).toBe("");
    expect(deciles[SHEET_ROWS - 1][0]).toBe("");
  });

  it("=MDI.NORMALIZE(B:C) pads the rows left out with a blank per column", () => {
    const result = normalize(
      wholeColumns(
        areas.map((row) => [row[0], row[1]]),
        2,
      ),
      "minmax",
    );
    expect(result).toHaveLength(SHEET_ROWS);
    // Min-max 0–100 of column 1: (x − min)/(max − min) · 100 with min 0 and max 499.
    expect(result[0][0] as number).toBeCloseTo((areas[0][0] / (AREAS - 1)) * 100, 10);
    expect(result[SHEET_ROWS - 1]).toEqual(["", ""]);
  });

  it("CONTRIB, STACK, COVERAGE, SENSITIVITY and PERSIST leave the trailing empty rows out and spill blanks there", () => {
    const few = areas.slice(0, 20);
    const rows = 60;
    const sheet = wholeColumns(few, 7).slice(0, rows);
    // Each result: the same as for the 20 areas alone (each function's values are tested against published
    // or hand-worked figures elsewhere), then blank rows to the input's height; no #N/A for empty rows.
    const cases: Array<[string, (data: unknown[][]) => unknown[][], number, number]> = [
      ["CONTRIB", (data) => contrib(data as any[][], [WEIGHTS]), 1, 7],
      ["STACK", (data) => stack(data as any[][]), 0, 1],
      ["COVERAGE", (data) => coverage(data as any[][]), 0, 1],
      ["SENSITIVITY", (data) => sensitivity(data as any[][], [WEIGHTS], 0.2, 50, 7), 1, 4],
      [
        "PERSIST",
        (data) =>
          persist(
            data.map((row) =>
              row.slice(0, 3).map((v) => (v === null || v === "" ? v : 1 + (Math.floor(Number(v)) % 10))),
            ) as any[][],
          ),
        0,
        1,
      ],
    ];
    for (const [name, call, header, width] of cases) {
      const alone = call(few);
      const whole = call(sheet);
      expect([name, whole.length]).toEqual([name, header + rows]);
      expect([name, whole.slice(0, alone.length)]).toEqual([name, alone]);
      for (let r = alone.length; r < whole.length; r++)
        expect([name, r, whole[r]]).toEqual([name, r, new Array(width).fill("")]);
    }
  });
});
