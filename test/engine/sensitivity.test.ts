/**
 * Weight sensitivity (docs/method.md §9) and its seeded generator. The generator's
 * expected numbers come from an independent Python implementation of
 * mulberry32; the quantiles from R.
 */
import {
  ENGLAND_IOD,
  mdiScore,
  mulberry32,
  quantileOfSorted,
  rankDescending,
  weightSensitivity,
} from "../../src/engine";
import { iod2025 } from "../support/csv";
import { engineError } from "../support/engineError";

describe("mulberry32", () => {
  it("gives the reference sequence for seeds 1 and 42", () => {
    // Python, unsigned 32-bit arithmetic (independent of this code):
    //   def mulberry32(seed):
    //       s = seed & M
    //       while True:
    //           s = (s + 0x6D2B79F5) & M; t = s
    //           t = imul(t ^ (t >> 15), t | 1)
    //           t = (t ^ ((t + imul(t ^ (t >> 7), t | 61)) & M)) & M
    //           yield ((t ^ (t >> 14)) & M) / 4294967296
    //   with M = 0xFFFFFFFF and imul(a, b) = (a * b) & M
    const one = mulberry32(1);
    expect([one(), one(), one(), one(), one()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849,
    ]);
    const fortyTwo = mulberry32(42);
    expect([fortyTwo(), fortyTwo(), fortyTwo()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });
});

describe("quantileOfSorted (R type 7 = Excel PERCENTILE.INC)", () => {
  it("matches R: quantile(1:4, .5) = 2.5; quantile(1:10, c(.05, .5, .95)) = 1.45, 5.5, 9.55", () => {
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileOfSorted(ten, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileOfSorted(ten, 0.5)).toBe(5.5);
    expect(quantileOfSorted(ten, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantileOfSorted([7], 0.95)).toBe(7);
  });
});

describe("weightSensitivity", () => {
  // Worked example B of docs/method.md: five areas, England weights, published-style ranks (direction −1).
  const ranks = [
    [1, 1, 2, 1, 3, 5, 4],
    [2, 3, 1, 2, 1, 1, 2],
    [3, 2, 3, 4, 2, 3, 1],
    [4, 5, 4, 3, 5, 2, 5],
    [5, 4, 5, 5, 4, 4, 3],
  ];
  const domains = Object.freeze([0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(ranks, (row) => row[d])));
  const minus = Array(7).fill(-1);

  it("at zero noise gives the nominal rank for all four, the IMD ranks 1..5 of worked example B", () => {
    const result = weightSensitivity(domains, { weights: ENGLAND_IOD.weights, directions: minus, noise: 0 });
    expect(Array.from(result.nominal)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(result.median)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(result.p5)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(result.p95)).toEqual([1, 2, 3, 4, 5]);
    expect(result.runs).toBe(200);
  });

  it("at zero noise equals the rank of =MDI.SCORE on all 33,755 IoD2025 LSOAs", () => {
    const data = iod2025();
    const columns = [0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(data.rows, (row) => row[d]));
    const options = { weights: ENGLAND_IOD.weights, directions: minus };
    const result = weightSensitivity(columns, { ...options, noise: 0, runs: 3 });
    const expected = rankDescending(mdiScore(columns, options).values);
    expect(result.nominal).toEqual(expected);
    expect(result.median).toEqual(expected);
    expect(result.p5).toEqual(expected);
    expect(result.p95).toEqual(expected);
    // and the published IMD rank wherever the published scores have no tie at 3 decimals
    let agree = 0;
    for (let i = 0; i < data.rank.length; i++) if (result.nominal[i] === data.rank[i]) agree++;
    expect(agree / data.rank.length).toBeGreaterThan(0.99);
  });

  it("perturbs each weight as w + (2U − 1) f w with the seeded draws, run by run, domain by domain", () => {
    // Two domains, weights 1 and 1, noise 0.5, one run, seed 1: U = 0.6270739405881613, 0.002735721180215478
    // → w′ = 1.1270739…, 0.5013678…: the first domain counts about twice as much as the second.
    // Area A is 1st on domain 1 and 3rd on domain 2, area B the reverse: A ranks first only under w′.
    const a = Float64Array.of(3, 1, 2); // domain 1: A rank 1, B rank 3, C rank 2
    const b = Float64Array.of(1, 3, 2); // domain 2: A rank 3, B rank 1, C rank 2
    const nominal = weightSensitivity([a, b], { noise: 0 });
    expect(nominal.nominal[0]).toBe(nominal.nominal[1]); // equal weights: A and B tie
    const one = weightSensitivity([a, b], { weights: [1, 1], noise: 0.5, runs: 1, seed: 1 });
    const w1 = 1 + (2 * 0.6270739405881613 - 1) * 0.5;
    const w2 = 1 + (2 * 0.002735721180215478 - 1) * 0.5;
    const X = (r: number) => -23 * Math.log(1 - ((3 - r + 1) / 3) * (1 - Math.exp(-100 / 23)));
    const scores = [w1 * X(1) + w2 * X(3), w1 * X(3) + w2 * X(1), w1 * X(2) + w2 * X(2)];
    const expectedRanks = scores.map((s) => 1 + scores.filter((t) => t > s).length);
    expect(Array.from(one.median)).toEqual(expectedRanks);
    expect(expectedRanks[0]).toBe(1);
  });

  it("is reproducible with a seed, differs with another, and orders p5 ≤ median ≤ p95", () => {
    const options = { weights: ENGLAND_IOD.weights, directions: minus, noise: 0.9, runs: 50 };
    const first = weightSensitivity(domains, { ...options, seed: 7 });
    const again = weightSensitivity(domains, { ...options, seed: 7 });
    expect(again).toEqual(first);
    const data = iod2025();
    const columns = [0, 1, 2, 3, 4, 5, 6].map((d) => Float64Array.from(data.rows.slice(0, 2000), (row) => row[d]));
    const x = weightSensitivity(columns, { ...options, seed: 1 });
    const y = weightSensitivity(columns, { ...options, seed: 2 });
    expect(x.median).not.toEqual(y.median);
    for (let i = 0; i < 2000; i++) {
      expect(x.p5[i]).toBeLessThanOrEqual(x.median[i]);
      expect(x.median[i]).toBeLessThanOrEqual(x.p95[i]);
    }
  });

  it("gives an area missing a weighted domain NaN and names the domain; the rest rank among themselves", () => {
    const a = Float64Array.of(5, NaN, 3, 1);
    const b = Float64Array.of(1, 2, 3, 4);
    const result = weightSensitivity([a, b], { noise: 0 });
    expect(result.nominal[1]).toBeNaN();
    expect(result.missingColumn[1]).toBe(0);
    expect(
      Array.from(result.nominal)
        .filter((r) => !Number.isNaN(r))
        .sort(),
    ).toEqual([1, 2, 3]);
  });

  const refusals: Array<[string, () => unknown, string, string | undefined]> = [
    ["noise above 1", () => weightSensitivity(domains, { noise: 1.5 }), "PARAMETER_INVALID", "noise"],
    ["negative noise", () => weightSensitivity(domains, { noise: -0.1 }), "PARAMETER_INVALID", "noise"],
    ["0 runs", () => weightSensitivity(domains, { runs: 0 }), "PARAMETER_INVALID", "runs"],
    ["2.5 runs", () => weightSensitivity(domains, { runs: 2.5 }), "PARAMETER_INVALID", "runs"],
    ["100,000 runs", () => weightSensitivity(domains, { runs: 100000 }), "PARAMETER_INVALID", "runs"],
    ["a negative seed", () => weightSensitivity(domains, { seed: -1 }), "PARAMETER_INVALID", "seed"],
    ["a seed that is not whole", () => weightSensitivity(domains, { seed: 1.5 }), "PARAMETER_INVALID", "seed"],
    ["wrong number of weights", () => weightSensitivity(domains, { weights: [1, 2] }), "WEIGHT_COUNT", "weights"],
    ["one area", () => weightSensitivity([Float64Array.of(1)]), "TOO_FEW_ROWS", undefined],
  ];
  for (const [label, call, code, parameter] of refusals) {
    it(`refuses ${label} (${code})`, () => {
      const error = engineError(call);
      expect(error.code).toBe(code);
      expect(error.details.parameter).toBe(parameter);
    });
  }
});
