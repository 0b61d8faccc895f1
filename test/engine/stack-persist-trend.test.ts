/**
 * Stacking, persistence and trends on small cases checked by hand (the
 * working is in the comments).
 */
import { persistence, stackDeprivation, trendByQuantile } from "../../src/engine";
import { engineError } from "../support/engineError";

describe("stackDeprivation", () => {
  // Ten areas, three domains. Domain values are 10..1 (area 1 most deprived) on domain 1,
  // 1..10 on domain 2 (area 10 most deprived), and area 1 and 10 tie at the top of domain 3.
  // N = 10: rank r → decile r. Decile 1 = rank 1; deciles ≤ 2 = ranks 1–2 (or tied at 1).
  const d1 = Float64Array.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
  const d2 = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  const d3 = Float64Array.of(9, 0, 0, 0, 0, 0, 0, 0, 0, 9);
  const domains = Object.freeze([d1, d2, d3]);

  it("counts the domains in which an area is in decile 1 (default)", () => {
    // area 1: d1 rank 1, d3 rank 1 (tie) → 2; area 10: d2 rank 1, d3 rank 1 → 2; others 0.
    expect(Array.from(stackDeprivation(domains).counts)).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it("counts deciles 1 … k", () => {
    // k = 2: area 2 is rank 2 on d1 → 1; area 9 rank 2 on d2 → 1. d3: the eight zeros share rank 3 (decile 3).
    expect(Array.from(stackDeprivation(domains, { k: 2 }).counts)).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 1, 2]);
  });

  it("flips a domain with direction −1 (published ranks: 1 = most deprived)", () => {
    // d1 reversed: area 10 is now rank 1 on it → area 10 counts d1, d2, d3 = 3; area 1 only d3 = 1.
    expect(Array.from(stackDeprivation(domains, { directions: [-1, 1, 1] }).counts)).toEqual([
      1, 0, 0, 0, 0, 0, 0, 0, 0, 3,
    ]);
  });

  it("gives an area missing a domain NaN and names it", () => {
    const result = stackDeprivation([Float64Array.of(3, NaN, 1), Float64Array.of(1, 2, 3)]);
    expect(result.counts[1]).toBeNaN();
    expect(result.missingColumn[1]).toBe(0);
  });

  it("refuses k outside 1 … 10", () => {
    expect(engineError(() => stackDeprivation(domains, { k: 0 })).code).toBe("PARAMETER_INVALID");
    expect(engineError(() => stackDeprivation(domains, { k: 11 })).code).toBe("PARAMETER_INVALID");
    expect(engineError(() => stackDeprivation(domains, { k: 1.5 })).details.parameter).toBe("k");
  });
});

describe("persistence", () => {
  // Three editions of four areas' deciles.
  const editions = Object.freeze([
    Float64Array.of(1, 1, 2, 10),
    Float64Array.of(1, 2, 1, 9),
    Float64Array.of(1, 3, 1, 1),
  ]);

  it("counts editions in decile 1", () => {
    // area 1: 1,1,1 → 3; area 2: 1,2,3 → 1; area 3: 2,1,1 → 2; area 4: 10,9,1 → 1
    expect(Array.from(persistence(editions).counts)).toEqual([3, 1, 2, 1]);
  });

  it("counts editions in deciles ≤ k", () => {
    // k = 2: area 2: 1,2 → 2 (3 is not); area 3: all three
    expect(Array.from(persistence(editions, 2).counts)).toEqual([3, 2, 3, 1]);
  });

  it("gives an area missing an edition NaN and names the edition", () => {
    const result = persistence([Float64Array.of(1, 1), Float64Array.of(NaN, 1)]);
    expect(result.counts[0]).toBeNaN();
    expect(result.missingColumn[0]).toBe(1);
    expect(result.counts[1]).toBe(2);
  });

  it("refuses a decile that is not a whole number ≥ 1, and k < 1", () => {
    const error = engineError(() => persistence([Float64Array.of(1, 0.5)]));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.details).toMatchObject({ row: 1, column: 0 });
    expect(engineError(() => persistence(editions, 0)).details.parameter).toBe("k");
    expect(engineError(() => persistence([])).code).toBe("TOO_FEW_ROWS");
  });
});

describe("trendByQuantile", () => {
  it("groups by the earlier value and averages earlier, later and change", () => {
    // earlier 40, 30, 20, 10 → ranks 1..4; quintiles? use 2 groups: ceil(2r/4) = 1, 1, 2, 2.
    // group 1: earlier (40+30)/2 = 35, later (35+31)/2 = 33, change (−5 + 1)/2 = −2
    // group 2: earlier 15, later (22+9)/2 = 15.5, change (2 − 1)/2 = 0.5
    const result = trendByQuantile([40, 30, 20, 10], [35, 31, 22, 9], { quantiles: 2 });
    expect(result.groups).toEqual([
      { group: 1, areas: 2, meanEarlier: 35, meanLater: 33, meanChange: -2 },
      { group: 2, areas: 2, meanEarlier: 15, meanLater: 15.5, meanChange: 0.5 },
    ]);
    expect(result.excluded).toBe(0);
  });

  it("groups ranks with direction −1 (rank 1 = most deprived = group 1)", () => {
    const result = trendByQuantile([1, 2, 3, 4], [2, 1, 4, 3], { quantiles: 2, direction: -1 });
    expect(result.groups[0]).toEqual({ group: 1, areas: 2, meanEarlier: 1.5, meanLater: 1.5, meanChange: 0 });
  });

  it("uses deciles by default, leaves out areas without both values and counts them", () => {
    // Rows 3 and 6 lack a value; 4 complete areas → ranks 1..4 → deciles 3, 5, 8, 10; the others are empty.
    const result = trendByQuantile([5, 4, NaN, 3, 2, 1], [5, 4, 3, 3, 2, NaN]);
    expect(result.groups.map((g) => g.areas)).toEqual([0, 0, 1, 0, 1, 0, 0, 1, 0, 1]);
    expect(result.groups[0].meanEarlier).toBeNaN();
    expect(result.excluded).toBe(2);
  });

  it("refuses ranges of different lengths and bad quantiles", () => {
    expect(engineError(() => trendByQuantile([1, 2], [1])).code).toBe("LENGTH_MISMATCH");
    expect(engineError(() => trendByQuantile([1, 2], [1, 2], { quantiles: 0 })).code).toBe("PARAMETER_INVALID");
    expect(engineError(() => trendByQuantile([1, 2], [1, 2], { direction: 2 })).code).toBe("DIRECTION_INVALID");
  });
});
