/**
 * Contributions w·X per domain: a row adds up to the IoD score exactly, on
 * worked example B and on the published IoD2025 domain ranks.
 */
import { ENGLAND_IOD, domainContributions, mdiScore } from "../../src/engine";
import { iod2025 } from "../support/csv";

const rowSum = (columns: readonly Float64Array[], i: number) => {
  let total = 0;
  for (const column of columns) total += column[i]; // left to right, as Excel's SUM of the row
  return total;
};

describe("domainContributions", () => {
  it("is w · X with X from worked example A (N = 5: 100, 35.8568, 20.6327, 11.5515, 5.0580)", () => {
    const result = domainContributions([Float64Array.of(5, 4, 3, 2, 1), Float64Array.of(1, 2, 3, 4, 5)], {
      weights: [0.5, 0.25],
    });
    const X = [100, 35.8568, 20.6327, 11.5515, 5.058];
    X.forEach((x, i) => expect(Math.abs(result.columns[0][i] - 0.5 * x)).toBeLessThan(5e-5));
    X.forEach((x, i) => expect(Math.abs(result.columns[1][4 - i] - 0.25 * x)).toBeLessThan(5e-5));
  });

  it("rows add up exactly to the score of worked example B (66.8042, 52.9855, 31.6085, 12.3575, 9.1702)", () => {
    const ranks = [
      [1, 1, 2, 1, 3, 5, 4],
      [2, 3, 1, 2, 1, 1, 2],
      [3, 2, 3, 4, 2, 3, 1],
      [4, 5, 4, 3, 5, 2, 5],
      [5, 4, 5, 5, 4, 4, 3],
    ];
    const domains = Object.freeze([0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(ranks, (row) => row[d])));
    const options = { weights: ENGLAND_IOD.weights, directions: Array(7).fill(-1) };
    const result = domainContributions(domains, options);
    const score = mdiScore(domains, options).values;
    [66.8042, 52.9855, 31.6085, 12.3575, 9.1702].forEach((expected, i) => {
      expect(rowSum(result.columns, i)).toBe(score[i]);
      expect(result.total[i]).toBe(score[i]);
      expect(Math.abs(score[i] - expected)).toBeLessThan(5e-5);
    });
  });

  it("rows add up exactly to =MDI.SCORE on all 33,755 IoD2025 LSOAs (published ranks), within 0.001 of the published score", () => {
    const data = iod2025();
    const columns = [0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(data.rows, (row) => row[d]));
    const options = { weights: ENGLAND_IOD.weights, directions: Array(7).fill(-1) };
    const result = domainContributions(columns, options);
    const score = mdiScore(columns, options).values;
    let exact = 0;
    let worst = 0;
    for (let i = 0; i < score.length; i++) {
      if (rowSum(result.columns, i) === score[i]) exact++;
      worst = Math.max(worst, Math.abs(rowSum(result.columns, i) - data.score[i]));
    }
    expect(exact).toBe(33755);
    expect(worst).toBeLessThan(0.001);
  });

  it("gives a domain with weight 0 a column of zeros, and an area missing a domain NaN for it", () => {
    const result = domainContributions([Float64Array.of(3, 1, 2, NaN), Float64Array.of(1, 2, 3, 4)], {
      weights: [1, 0],
    });
    expect(Array.from(result.columns[1])).toEqual([0, 0, 0, 0]);
    expect(result.columns[0][3]).toBeNaN();
    expect(result.total[3]).toBeNaN();
    expect(result.missingColumn[3]).toBe(0);
  });
});
