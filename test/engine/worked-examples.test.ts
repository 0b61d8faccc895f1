/**
 * docs/method.md's worked examples. Expected values are the ones printed in
 * docs/method.md (computed there from the published method), not our output.
 */
import {
  ENGLAND_IOD,
  EngineError,
  expTransformRank,
  mdiScore,
  minMax,
  percentileRanks,
  quantileOfRanks,
  rankDescending,
  rankits,
  weightedArithmeticMean,
  weightedGeometricMean,
  weightedHarmonicMean,
  zScores,
} from "../../src/engine";

const close = (actual: ArrayLike<number>, expected: number[], tolerance: number) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(tolerance));
};

describe("worked example A: exponential transformation, N = 5", () => {
  it("gives 100, 35.8568, 20.6327, 11.5515, 5.0580 for ranks 1..5", () => {
    close(
      [1, 2, 3, 4, 5].map((r) => expTransformRank(r, 5)),
      [100, 35.8568, 20.6327, 11.5515, 5.058],
      5e-5,
    );
  });
  it("gives exactly 100 to rank 1", () => {
    expect(expTransformRank(1, 33755)).toBeCloseTo(100, 12);
  });
});

describe("worked example B: five areas, England weights", () => {
  // Domain ranks (Inc, Emp, Edu, Hea, Cri, Bar, Liv) per area A..E.
  const ranks = [
    [1, 1, 2, 1, 3, 5, 4],
    [2, 3, 1, 2, 1, 1, 2],
    [3, 2, 3, 4, 2, 3, 1],
    [4, 5, 4, 3, 5, 2, 5],
    [5, 4, 5, 5, 4, 4, 3],
  ];
  const domains = [0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(ranks, (row) => row[d]));
  Object.freeze(domains);

  it("scores A..E 66.8042, 52.9855, 31.6085, 12.3575, 9.1702", () => {
    const { values, missingColumn } = mdiScore(domains, {
      weights: ENGLAND_IOD.weights,
      directions: [-1, -1, -1, -1, -1, -1, -1],
    });
    close(values, [66.8042, 52.9855, 31.6085, 12.3575, 9.1702], 5e-5);
    expect(Array.from(missingColumn)).toEqual([-1, -1, -1, -1, -1]);
  });

  it("ranks the index 1..5 with deciles 2, 4, 6, 8, 10", () => {
    const { values } = mdiScore(domains, { weights: ENGLAND_IOD.weights, directions: Array(7).fill(-1) });
    const r = rankDescending(values);
    expect(Array.from(r)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(quantileOfRanks(r, 5, 10))).toEqual([2, 4, 6, 8, 10]);
  });

  it("does not mutate its input", () => {
    const before = domains.map((c) => Array.from(c));
    mdiScore(domains, { weights: ENGLAND_IOD.weights, directions: Array(7).fill(-1) });
    expect(domains.map((c) => Array.from(c))).toEqual(before);
  });
});

describe("aggregations, x = (20, 50, 80), w = (1, 1, 2)", () => {
  const columns = [[20], [50], [80]];
  const w = [1, 1, 2];
  it("arithmetic 57.5", () => close(weightedArithmeticMean(columns, w).values, [57.5], 1e-12));
  it("geometric 50.2973", () => close(weightedGeometricMean(columns, w).values, [50.2973], 5e-5));
  it("harmonic 42.1053", () => close(weightedHarmonicMean(columns, w).values, [42.1053], 5e-5));
  it("geometric refuses a zero with NOT_POSITIVE", () => {
    expect(() => weightedGeometricMean([[0], [50]], [1, 1])).toThrow(EngineError);
    try {
      weightedGeometricMean([[0], [50]], [1, 1]);
    } catch (e) {
      expect((e as EngineError).code).toBe("NOT_POSITIVE");
      expect((e as EngineError).details).toMatchObject({ column: 0, row: 0 });
    }
  });
});

describe("normalisations, x = (2, 4, 6, 8, 20)", () => {
  const x = Object.freeze([2, 4, 6, 8, 20]);
  it("z-score with sample sd", () => close(zScores(x), [-0.8485, -0.5657, -0.2828, 0, 1.6971], 5e-5));
  it("min-max 0-100", () => close(minMax(x), [0, 11.1111, 22.2222, 33.3333, 100], 5e-5));
  it("percentile rank", () => close(percentileRanks(x), [0, 0.25, 0.5, 0.75, 1], 1e-15));
  it("rankit of (12, 30, 7, 18, 25)", () =>
    close(rankits(Float64Array.from([12, 30, 7, 18, 25])), [-0.5244, 1.2816, -1.2816, 0, 0.5244], 5e-5));
  it("refuses zero variance with ZERO_VARIANCE, never NaN", () => {
    for (const f of [zScores, minMax, percentileRanks]) {
      expect(() => f(Float64Array.from([3, 3, 3]))).toThrow(expect.objectContaining({ code: "ZERO_VARIANCE" }));
    }
  });
});

describe("ranks", () => {
  it("competition ranks with min ties, descending (1, 2, 2, 4)", () => {
    expect(Array.from(rankDescending(Float64Array.from([9, 7, 7, 1])))).toEqual([1, 2, 2, 4]);
  });
  it("leaves missing values out of N and gives them NaN", () => {
    const r = rankDescending(Float64Array.from([5, NaN, 9, 1]));
    expect(Array.from(r)).toEqual([2, NaN, 1, 3]);
  });
  it("treats -0 and 0 as a tie", () => {
    expect(Array.from(rankDescending(Float64Array.from([-0, 0, 1])))).toEqual([2, 2, 1]);
  });
});
