/**
 * Larger-area summaries (IoD Appendix N): docs/method.md worked example D and the
 * published IoD2019 district summaries (File 10), reproduced from the LSOA
 * scores, ranks (File 2) and populations (File 6).
 */
import { EngineError, extentWeight, groupIds, summarizeLargerAreas } from "../../src/engine";
import { iod2019Districts } from "../support/iod2019Districts";

/**
 * Worked example D: N = 100; the district holds the areas ranked 5, 12, 25 and 60.
 * The other 96 areas (ranks 1 … 100 without those) belong to no group.
 */
function exampleD(population: number[]) {
  const districtRanks = [5, 12, 25, 60];
  const districtScores = [60, 45, 30, 10];
  const ranks: number[] = [];
  const scores: number[] = [];
  const pops: number[] = [];
  const groups: number[] = [];
  for (let r = 1; r <= 100; r++) {
    const k = districtRanks.indexOf(r);
    ranks.push(r);
    scores.push(k >= 0 ? districtScores[k] : 100 - r); // outside the district scores are not used
    pops.push(k >= 0 ? population[k] : 1000);
    groups.push(k >= 0 ? 0 : -1);
  }
  return summarizeLargerAreas(Object.freeze(scores), Int32Array.from(groups), 1, {
    ranks: Object.freeze(ranks),
    population: Object.freeze(pops),
  });
}

describe("worked example D (docs/method.md §6)", () => {
  it("gives average rank 74.4167, score 35, proportion 0.25, extent 0.496053, local concentration 96", () => {
    const { groups, rankedAreas } = exampleD([1500, 1000, 2000, 1500]);
    expect(rankedAreas).toBe(100);
    const d = groups[0];
    expect(d.problem).toBeNull();
    expect(d.areas).toBe(4);
    expect(d.population).toBe(6000);
    expect(Math.abs(d.averageRank - 74.4167)).toBeLessThan(5e-5);
    expect(Math.abs(d.averageScore - 35)).toBeLessThan(1e-12);
    expect(d.proportionMostDeprived).toBe(0.25);
    expect(Math.abs(d.extent - 0.496053)).toBeLessThan(5e-7);
    expect(Math.abs(d.localConcentration - 96)).toBeLessThan(1e-12);
  });

  it("takes part of the last area for local concentration: 93.6667 with populations 400, 1000, 2000, 2600", () => {
    const d = exampleD([400, 1000, 2000, 2600]).groups[0];
    expect(Math.abs(d.localConcentration - 93.6667)).toBeLessThan(5e-5);
  });
});

describe("extent weights (IoD2019 Technical Report, Appendix N)", () => {
  it("is 1 up to percentile 10, 0.95 at 11 falling linearly to 0.05 at 30, then 0", () => {
    expect(extentWeight(1)).toBe(1);
    expect(extentWeight(10)).toBe(1);
    expect(extentWeight(11)).toBeCloseTo(0.95, 14);
    expect(extentWeight(20)).toBeCloseTo(0.95 - (0.9 / 19) * 9, 14);
    expect(extentWeight(30)).toBeCloseTo(0.05, 14);
    expect(extentWeight(31)).toBe(0);
    expect(extentWeight(100)).toBe(0);
  });
});

describe("IoD2019 File 10: all 317 local authority districts", () => {
  const data = iod2019Districts();
  const grouping = groupIds(data.lsoaDistrict);
  const { groups, rankedAreas } = summarizeLargerAreas(data.lsoaScore, grouping.ids, grouping.count, {
    ranks: data.lsoaRank,
    population: data.lsoaPopulation,
  });
  const byCode = new Map(grouping.codes.map((code, g) => [code, groups[g]]));
  const maxError = (measure: (s: (typeof groups)[number]) => number, published: (i: number) => number) => {
    let max = 0;
    data.districts.forEach((district, i) => {
      const s = byCode.get(district.code)!;
      max = Math.max(max, Math.abs(measure(s) - published(i)));
    });
    return max;
  };

  it("has every district and ranks all 32,844 LSOAs", () => {
    expect(rankedAreas).toBe(32844);
    expect(data.districts).toHaveLength(317);
    for (const district of data.districts) expect(byCode.get(district.code)?.problem).toBeNull();
  });

  // Published to 3 (score), 2 (rank, local concentration) and 4 decimals (proportion, extent).
  it("reproduces the average score within 0.001", () => {
    expect(
      maxError(
        (s) => s.averageScore,
        (i) => data.districts[i].averageScore,
      ),
    ).toBeLessThan(0.001);
  });
  it("reproduces the average rank within 0.2", () => {
    expect(
      maxError(
        (s) => s.averageRank,
        (i) => data.districts[i].averageRank,
      ),
    ).toBeLessThan(0.2);
  });
  it("reproduces the proportion of LSOAs in the most deprived 10 % within 1e-4", () => {
    expect(
      maxError(
        (s) => s.proportionMostDeprived,
        (i) => data.districts[i].proportionMostDeprived,
      ),
    ).toBeLessThanOrEqual(1e-4);
  });
  it("reproduces the extent within 1e-4", () => {
    expect(
      maxError(
        (s) => s.extent,
        (i) => data.districts[i].extent,
      ),
    ).toBeLessThanOrEqual(1e-4);
  });
  it("reproduces the local concentration within 0.25", () => {
    expect(
      maxError(
        (s) => s.localConcentration,
        (i) => data.districts[i].localConcentration,
      ),
    ).toBeLessThan(0.25);
  });
});

describe("missing values and refusals", () => {
  const scores = [50, 40, 30, 20, 10];
  const groups = Int32Array.of(0, 0, 1, 1, -1);

  it("ranks by the scores when no ranks are given, counting areas without a group", () => {
    const { groups: g, rankedAreas } = summarizeLargerAreas(scores, groups, 2);
    expect(rankedAreas).toBe(5);
    // Group 0 holds ranks 1 and 2 → r′ = 5 and 4; unweighted mean 4.5, mean score 45.
    expect(g[0].averageRank).toBe(4.5);
    expect(g[0].averageScore).toBe(45);
    expect(g[0].population).toBe(2);
    expect(g[1].averageRank).toBe(2.5);
  });

  it("summarises a group with a blank score over its scored areas and reports the population it covers", () => {
    const { groups: g } = summarizeLargerAreas([50, NaN, 30, 20, 10], groups, 2, { population: [10, 20, 30, 40, 50] });
    // By hand: the four scores rank 1 … 4 (N = 4). Group 0 is scored on its first area alone (10 of 30
    // inhabitants): average score 50, r′ = 4 + 1 − 1 = 4, decile ceil(10·1/4) = 3 (proportion 0), percentile
    // ceil(100·1/4) = 25 → ω = 0.95 − (0.9/19)·(25 − 11), local concentration 4, coverage 10/30.
    expect(g[0].problem).toBeNull();
    expect(g[0].population).toBe(30);
    expect(g[0].averageScore).toBe(50);
    expect(g[0].averageRank).toBe(4);
    expect(g[0].proportionMostDeprived).toBe(0);
    expect(g[0].extent).toBeCloseTo(0.95 - (0.9 / 19) * 14, 12);
    expect(g[0].localConcentration).toBe(4);
    expect(g[0].coverage).toBeCloseTo(1 / 3, 12);
    expect(g[1].problem).toBeNull();
    expect(g[1].averageScore).toBe((30 * 30 + 20 * 40) / 70);
    expect(g[1].coverage).toBe(1);
  });

  it("names a blank population; an area without a rank is left out like one without a score", () => {
    const blankPopulation = summarizeLargerAreas(scores, groups, 2, { population: [1, 1, NaN, 1, 1] });
    expect(blankPopulation.groups[1].problem).toEqual({ kind: "missing", row: 2, parameter: "population" });
    expect(blankPopulation.groups[1].population).toBeNaN();
    const blankRank = summarizeLargerAreas(scores, groups, 2, { ranks: [1, 2, 3, NaN, 4] });
    // Group 1 keeps its area ranked 3 of N = 4 → r′ = 2; one of its two areas → coverage 0.5.
    expect(blankRank.groups[1].problem).toBeNull();
    expect(blankRank.groups[1].averageRank).toBe(2);
    expect(blankRank.groups[1].coverage).toBe(0.5);
  });

  it("gives a group without any scored area no measures and coverage 0", () => {
    const { groups: g } = summarizeLargerAreas([NaN, NaN, 30, 20, 10], groups, 2, { population: [4, 6, 1, 1, 1] });
    expect(g[0].problem).toEqual({ kind: "noScores" });
    expect(g[0].population).toBe(10);
    expect(g[0].coverage).toBe(0);
    expect(g[0].averageScore).toBeNaN();
  });

  it("says when a group has no inhabitants", () => {
    const { groups: g } = summarizeLargerAreas(scores, groups, 2, { population: [0, 0, 1, 1, 1] });
    expect(g[0].problem).toEqual({ kind: "noPopulation" });
    expect(g[0].extent).toBeNaN();
  });

  const refusals: Array<[string, () => unknown, string, string]> = [
    [
      "groups of another length",
      () => summarizeLargerAreas(scores, Int32Array.of(0, 0), 1),
      "LENGTH_MISMATCH",
      "groups",
    ],
    [
      "population of another length",
      () => summarizeLargerAreas(scores, groups, 2, { population: [1, 2] }),
      "LENGTH_MISMATCH",
      "population",
    ],
    [
      "a negative population",
      () => summarizeLargerAreas(scores, groups, 2, { population: [1, -1, 1, 1, 1] }),
      "PARAMETER_INVALID",
      "population",
    ],
    [
      "a rank above N",
      () => summarizeLargerAreas(scores, groups, 2, { ranks: [1, 2, 3, 4, 6] }),
      "PARAMETER_INVALID",
      "ranks",
    ],
    [
      "a rank that is not whole",
      () => summarizeLargerAreas(scores, groups, 2, { ranks: [1, 2.5, 3, 4, 5] }),
      "PARAMETER_INVALID",
      "ranks",
    ],
    ["an infinite score", () => summarizeLargerAreas([1, Infinity, 3, 4, 5], groups, 2), "NUMBER_INVALID", "scores"],
  ];
  for (const [label, call, code, parameter] of refusals) {
    it(`refuses ${label} with ${code}`, () => {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EngineError);
      expect((error as EngineError).code).toBe(code);
      expect((error as EngineError).details.parameter).toBe(parameter);
    });
  }
});
