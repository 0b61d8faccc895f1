/**
 * Fixed goalposts (docs/method.md §4, change over time): values normalised with a base period's
 * parameters. Expected values from numpy/scipy (mean, std(ddof=1), norm.ppf), written out below, and from
 * Excel's PERCENTRANK.INC definition (interpolating between reference values); not from our engine.
 */
import { domainScore, normalize, normalizeAgainst, NORMALIZE_METHODS } from "../../src/engine";

const REFERENCE = [2, 4, 4, 7, 10];
const LATER = [1, 4, 5.5, 10, 12, NaN];

function close(actual: ArrayLike<number>, expected: number[], digits = 12): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) =>
    Number.isNaN(e) ? expect(actual[i]).toBeNaN() : expect(actual[i]).toBeCloseTo(e, digits),
  );
}

describe("normalizeAgainst", () => {
  it("z: the reference's mean 5.4 and sample sd (numpy: (x − ref.mean()) / ref.std(ddof=1))", () => {
    close(normalizeAgainst(LATER, REFERENCE, "z"), [
      -1.405528442999868,
      -0.44721359549995804,
      0.031943828249996885,
      1.4694160994998617,
      2.1082926644998015,
      NaN,
    ]);
  });

  it("min-max: the reference's min 2 and max 10, later values may fall outside 0–100", () => {
    close(normalizeAgainst(LATER, REFERENCE, "minmax"), [-12.5, 25, 43.75, 100, 125, NaN]);
  });

  it("percentile: PERCENTRANK.INC within the reference (ties lowest, interpolated, 0 and 1 outside)", () => {
    // 4 is tied at ranks 2–3 → (2 − 1)/4 = 0.25; 5.5 lies halfway from 4 (0.25) to 7 (0.75) → 0.5.
    close(normalizeAgainst(LATER, REFERENCE, "percentile"), [0, 0.25, 0.5, 1, 1, NaN]);
  });

  it("rankit: Φ⁻¹((r − 0.5)/n) with the average rank in the reference (scipy norm.ppf)", () => {
    // r: 1 (held at the lowest), 2.5 (tied), 3.25 (between 2.5 and 4), 5, 5 (held at the highest).
    close(normalizeAgainst(LATER, REFERENCE, "rankit"), [
      -1.2815515655446004,
      -0.2533471031357997,
      0.12566134685507416,
      1.2815515655446004,
      1.2815515655446004,
      NaN,
    ]);
  });

  it("with the data itself as the reference equals each method's normal result, ties and gaps included", () => {
    const data = Float64Array.of(12, 30, 7, NaN, 18, 25, 18, 3);
    for (const method of NORMALIZE_METHODS) {
      close(normalizeAgainst(data, data, method), Array.from(normalize(data, method)), 12);
    }
  });

  it("refuses a reference with fewer than 2 values or no spread, naming the reference", () => {
    expect(() => normalizeAgainst([1, 2], [5, NaN], "z")).toThrow(expect.objectContaining({ code: "TOO_FEW_VALUES" }));
    expect(() => normalizeAgainst([1, 2], [5, 5, 5], "minmax")).toThrow(
      expect.objectContaining({ code: "ZERO_VARIANCE", details: expect.objectContaining({ parameter: "reference" }) }),
    );
  });
});

describe("domainScore with a reference", () => {
  it("averages the indicators normalised against the base period, oriented by direction (numpy)", () => {
    // A (higher = more deprived) against 1..5; B (higher = better) against 12, 18, …, 36.
    const result = domainScore([Float64Array.of(3, 5, 8, NaN), Float64Array.of(10, 20, 15, 30)], {
      directions: [1, -1],
      reference: [Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(12, 18, 24, 30, 36)],
    });
    close(result.values, [0.7378647873726218, 0.8432740427115678, 2.0554804791094465, NaN]);
    // With the coverage rule the fourth area is scored on B alone: −(30 − 24)/sd(12…36).
    const covered = domainScore([Float64Array.of(3, 5, 8, NaN), Float64Array.of(10, 20, 15, 30)], {
      directions: [1, -1],
      minCoverage: 0.5,
      reference: [Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(12, 18, 24, 30, 36)],
    });
    expect(covered.values[3]).toBeCloseTo(-0.6324555320336759, 12);
  });

  it("with the data as its own reference gives today's domain score", () => {
    const a = Float64Array.of(3, 5, 8, 1, 9);
    const b = Float64Array.of(10, 20, 15, 30, 12);
    for (const method of NORMALIZE_METHODS) {
      const plain = domainScore([a, b], { directions: [1, -1], method }).values;
      close(domainScore([a, b], { directions: [1, -1], method, reference: [a, b] }).values, Array.from(plain), 12);
    }
  });
});
