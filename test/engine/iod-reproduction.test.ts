/**
 * The engine reproduces the published English indices from their published
 * domain ranks (data/england, OGL v3.0). Tolerances: the published scores are
 * rounded to 3 decimals, so 0.0005 is rounding; 0.001 (2025) and 0.0015 (2019,
 * whose File 2 has a few published ties) are the bounds.
 */
import { ENGLAND_IOD, mdiScore, quantileOfRanks, rankDescending } from "../../src/engine";
import { iod2019, iod2025 } from "../support/csv";

function columnsOf(rows: number[][]): Float64Array[] {
  return rows[0].map((_, d) => Float64Array.from(rows, (row) => row[d]));
}

function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

describe("IoD2025: 33,755 LSOAs from the published domain ranks", () => {
  const data = iod2025();
  const { values, missingColumn } = mdiScore(columnsOf(data.rows), {
    weights: ENGLAND_IOD.weights,
    directions: Array(7).fill(-1),
  });

  it("has every LSOA", () => {
    expect(values.length).toBe(33755);
    expect(missingColumn.every((m) => m === -1)).toBe(true);
  });

  it("reproduces the published IMD score within 0.001", () => {
    expect(maxAbsDifference(values, data.score)).toBeLessThan(0.001);
  });

  it("reproduces every published IMD decile", () => {
    const deciles = quantileOfRanks(rankDescending(values), values.length, 10);
    let mismatches = 0;
    for (let i = 0; i < deciles.length; i++) if (deciles[i] !== data.decile[i]) mismatches++;
    expect(mismatches).toBe(0);
  });
});

describe("IoD2019: 32,844 LSOAs from File 2 ranks", () => {
  const data = iod2019();
  const { values } = mdiScore(columnsOf(data.rows), {
    weights: ENGLAND_IOD.weights,
    directions: Array(7).fill(-1),
  });

  it("reproduces the published IMD score within 0.0015", () => {
    expect(values.length).toBe(32844);
    expect(maxAbsDifference(values, data.score)).toBeLessThan(0.0015);
  });

  it("reproduces every published IMD decile", () => {
    const deciles = quantileOfRanks(rankDescending(values), values.length, 10);
    let mismatches = 0;
    for (let i = 0; i < deciles.length; i++) if (deciles[i] !== data.decile[i]) mismatches++;
    expect(mismatches).toBe(0);
  });
});
