/**
 * The analysis functions in the artifact users get: dist/functions.js loaded
 * as Excel loads it, on the published English data.
 */
import { loadFunctionsBundle } from "../support/bundle";
import { iod2025 } from "../support/csv";
import { iod2019Districts } from "../support/iod2019Districts";

const registry = loadFunctionsBundle();
const call = (id: string, ...args: unknown[]) => {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not associated by dist/functions.js`);
  return fn(...args) as unknown[][];
};
const column = (values: unknown[]) => values.map((v) => [v]);
const ENGLAND = [[0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093]];
const MINUS = [[-1, -1, -1, -1, -1, -1, -1]];

describe("dist/functions.js: analysis functions", () => {
  it("associates SUMMARY, STACK, CONTRIB, SENSITIVITY, PERSIST, TREND and ALLOCATE", () => {
    for (const id of ["SUMMARY", "STACK", "CONTRIB", "SENSITIVITY", "PERSIST", "TREND", "ALLOCATE"]) {
      expect(registry.has(id)).toBe(true);
    }
  });

  it("SUMMARY reproduces the 317 IoD2019 district summaries of File 10", () => {
    const data = iod2019Districts();
    const table = call(
      "SUMMARY",
      column(data.lsoaScore),
      column(data.lsoaDistrict),
      column(data.lsoaPopulation),
      column(data.lsoaRank),
    );
    const rows = new Map(table.slice(1).map((row) => [row[0], row as number[]]));
    for (const d of data.districts) {
      const row = rows.get(d.code)!;
      expect(Math.abs(row[3] - d.averageScore)).toBeLessThan(0.001);
      expect(Math.abs(row[4] - d.averageRank)).toBeLessThan(0.2);
      expect(Math.abs(row[5] - d.proportionMostDeprived)).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(row[6] - d.extent)).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(row[7] - d.localConcentration)).toBeLessThan(0.25);
    }
  });

  it("CONTRIB rows add up to SCORE and SENSITIVITY at zero noise is the rank of SCORE (IoD2025)", () => {
    const data = iod2025();
    const scores = call("SCORE", data.rows, ENGLAND, "exp", MINUS).map((row) => row[0] as number);
    const parts = call("CONTRIB", data.rows, ENGLAND, MINUS).slice(1) as number[][];
    parts.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBe(scores[i]));
    const table = call("SENSITIVITY", data.rows, ENGLAND, 0, 2, 1, MINUS).slice(1) as number[][];
    const rank = (s: number) => 1 + scores.filter((t) => t > s).length;
    for (const i of [0, 1, 2, 1000, 20000, 33754]) expect(table[i]).toEqual(Array(4).fill(rank(scores[i])));
  });

  it("ALLOCATE adds up to the budget exactly on 33,755 areas with floors and caps", () => {
    const data = iod2025();
    const amounts = call("ALLOCATE", 12_345_678, column(data.score), null, "popneed", null, [[100]], [[1000]]);
    const values = amounts.map((row) => row[0] as number);
    expect(values.reduce((a, b) => a + b, 0)).toBe(12_345_678);
    expect(Math.min(...values)).toBe(100);
    expect(Math.max(...values)).toBe(1000);
  });
});
