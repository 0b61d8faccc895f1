/**
 * Ranks, deciles and the exponential transformation of value columns,
 * nationally and within groups. Expected values: Excel's RANK.EQ
 * documentation, docs/method.md's worked examples, the published IoD deciles, and
 * scipy 1.10.1 for within-group ranks (call beside the values).
 */
import {
  expTransformValues,
  groupIds,
  quantileOfAreas,
  quantileOfAreasInPlace,
  rankAreas,
  rankAreasInPlace,
} from "../../src/engine";
import { readCsv } from "../support/csv";
import { engineError } from "../support/engineError";

describe("Excel's RANK.EQ documentation example: 7, 3.5, 3.5, 1, 2", () => {
  const data = Object.freeze([7, 3.5, 3.5, 1, 2]);
  // support.microsoft.com, "RANK.EQ function": RANK.EQ(A2,A2:A6,1) = 5 (7, ascending);
  // RANK.EQ(A6,A2:A6) = 4 (2, descending); RANK.EQ(A3,A2:A6,1) = 3 (3.5, ascending); and, in its
  // tie-correction remark, RANK.EQ(3.5, ref, 0) = 2.
  it("direction 1 equals RANK.EQ(x, ref, 0)", () => {
    const { ranks, sizes } = rankAreas(data);
    expect(ranks[4]).toBe(4);
    expect(ranks[1]).toBe(2);
    expect(ranks[2]).toBe(2);
    expect(Array.from(ranks)).toEqual([1, 2, 2, 5, 4]);
    expect(Array.from(sizes)).toEqual([5, 5, 5, 5, 5]);
  });
  it("direction −1 equals RANK.EQ(x, ref, 1)", () => {
    const { ranks } = rankAreas(data, { direction: -1 });
    expect(ranks[0]).toBe(5);
    expect(ranks[1]).toBe(3);
  });
  it("leaves the caller's values as they were; the in-place forms give the same ranks and deciles over them", () => {
    const values = Float64Array.of(7, 3.5, NaN, 3.5, 1, 2);
    const ranks = Array.from(rankAreas(values, { direction: -1 }).ranks);
    const deciles = Array.from(quantileOfAreas(values, { quantiles: 4 }));
    expect(Array.from(values)).toEqual([7, 3.5, NaN, 3.5, 1, 2]);
    expect(ranks).toEqual([5, 3, NaN, 3, 1, 2]); // RANK.EQ(x, ref, 1), the blank left out
    expect(deciles).toEqual([1, 2, NaN, 2, 4, 4]); // ceil(4 · rank / 5) with ranks 1, 2, 2, 5, 4
    const own = Float64Array.from(values);
    expect(Array.from(rankAreasInPlace(own, { direction: -1 }).ranks)).toEqual(ranks);
    expect(Array.from(quantileOfAreasInPlace(Float64Array.from(values), { quantiles: 4 }))).toEqual(deciles);
  });
});

describe("within groups", () => {
  const values = Object.freeze([5, 9, 7, 1, 7, 3, 9, 2, 8, 8]);
  const codes = Object.freeze([
    "GM0363",
    "GM0599",
    "gm0363",
    "GM0599",
    "GM0363",
    "GM0599",
    "GM0363",
    "",
    "GM0599",
    "GM0363 ",
  ]);
  // >>> vals = np.array([5,9,7,1,7,3,9,2,8,8]); groups by code ignoring case and spaces; "" = none
  // >>> per group: stats.rankdata(-vals[idx], method='min')
  it("ranks within each group with min ties; an area without a group gets none", () => {
    const g = groupIds(codes);
    expect(g.count).toBe(2);
    const { ranks, sizes } = rankAreas(values, { groups: g.ids, groupCount: g.count });
    expect(Array.from(ranks)).toEqual([5, 1, 3, 4, 3, 3, 1, NaN, 2, 2]);
    expect(Array.from(sizes)).toEqual([5, 4, 5, 4, 5, 4, 5, NaN, 4, 5]);
  });
  it("deciles and quintiles within groups: ceil(q · rank / group size)", () => {
    const g = groupIds(codes);
    // >>> [ceil(10 * r / s) ...] and [ceil(5 * r / s) ...]
    expect(Array.from(quantileOfAreas(values, { groups: g.ids, groupCount: g.count }))).toEqual([
      10,
      3,
      6,
      10,
      6,
      8,
      2,
      NaN,
      5,
      4,
    ]);
    expect(Array.from(quantileOfAreas(values, { groups: g.ids, quantiles: 5 }))).toEqual([
      5,
      2,
      3,
      5,
      3,
      4,
      1,
      NaN,
      3,
      2,
    ]);
  });
  it("national ranks ignore the groups", () => {
    // >>> stats.rankdata(-vals, method='min') → [7, 1, 5, 10, 5, 8, 1, 9, 3, 3]
    expect(Array.from(rankAreas(values).ranks)).toEqual([7, 1, 5, 10, 5, 8, 1, 9, 3, 3]);
  });
  it("refuses groups of another length", () => {
    expect(engineError(() => rankAreas([1, 2, 3], { groups: Int32Array.of(0, 0) })).code).toBe("LENGTH_MISMATCH");
  });
});

describe("groupIds", () => {
  it("compares text without case or surrounding spaces, numbers by value, never text with numbers", () => {
    const g = groupIds(["GM0363", " gm0363", 363, "363", null, "", "  ", -0, 0, NaN]);
    expect(Array.from(g.ids)).toEqual([0, 0, 1, 2, -1, -1, -1, 3, 3, -1]);
    expect(g.codes).toEqual(["GM0363", 363, "363", -0]);
  });
  it("refuses an infinite code", () => {
    expect(engineError(() => groupIds([1, Infinity])).code).toBe("NUMBER_INVALID");
  });
});

describe("deciles", () => {
  it("worked example B: IMD ranks 1..5 → deciles 2, 4, 6, 8, 10", () => {
    expect(Array.from(quantileOfAreas([5, 4, 3, 2, 1], { direction: -1 }))).toEqual([10, 8, 6, 4, 2]);
    expect(Array.from(quantileOfAreas([1, 2, 3, 4, 5], { direction: -1 }))).toEqual([2, 4, 6, 8, 10]);
  });

  it("reproduces every published IoD2025 decile (IMD and 7 domains) from the published ranks", () => {
    const rows = readCsv("england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
    for (const name of [
      "IMD",
      "Income",
      "Employment",
      "Education",
      "Health",
      "Crime",
      "Housing_and_Services",
      "Environment",
    ]) {
      const ranks = Float64Array.from(rows, (r) => Number(r[`${name}_rank`]));
      const deciles = quantileOfAreas(ranks, { direction: -1 });
      let mismatches = 0;
      rows.forEach((r, i) => {
        if (deciles[i] !== Number(r[`${name}_decile`])) mismatches++;
      });
      expect(`${name}: ${mismatches} mismatches`).toBe(`${name}: 0 mismatches`);
    }
  });

  it("refuses quantiles outside 1…1000 or not whole", () => {
    for (const q of [0, 1.5, 1001, NaN]) {
      expect(engineError(() => quantileOfAreas([1, 2], { quantiles: q })).code).toBe("PARAMETER_INVALID");
    }
  });
});

describe("expTransformValues", () => {
  it("worked example A: the most deprived of 5 scores 100, then 35.8568, 20.6327, 11.5515, 5.0580", () => {
    const expected = [100, 35.8568, 20.6327, 11.5515, 5.058];
    const x = expTransformValues([50, 40, 30, 20, 10]);
    expected.forEach((e, i) => expect(Math.abs(x[i] - e)).toBeLessThan(5e-5));
    const fromRanks = expTransformValues([1, 2, 3, 4, 5], -1);
    expected.forEach((e, i) => expect(Math.abs(fromRanks[i] - e)).toBeLessThan(5e-5));
  });
  it("gives tied values one X and keeps missing values missing", () => {
    const x = expTransformValues([50, 40, 40, NaN, 10]);
    expect(x[1]).toBe(x[2]);
    expect(x[3]).toBeNaN();
    expect(x[0]).toBeCloseTo(100, 12);
  });
  it("refuses no values and a direction other than ±1", () => {
    expect(engineError(() => expTransformValues([])).code).toBe("TOO_FEW_ROWS");
    expect(engineError(() => expTransformValues([1, 2], 0)).code).toBe("DIRECTION_INVALID");
  });
});
