/**
 * The coverage rule (docs/method.md §5) and group imputation. Expected values computed outside the engine
 * with numpy/pandas (/usr/bin/python3, numpy 1.24, pandas 1.5): exp transform as
 * -23*log(1-((n-r+1)/n)*(1-exp(-100/23))) with r = Series(-v).rank(method="min") over the present values,
 * z-scores with ddof=1, min-max to [1, 100]; the score over the present domains as
 * (w[p]*X[p]).sum()/w[p].sum()*w.sum(), scored when w[p].sum()/w.sum() >= c.
 */
import {
  DEFAULT_MIN_COVERAGE,
  domainContributions,
  domainScore,
  groupIds,
  imputeByGroup,
  rowsWithValues,
  mdiScore,
  resolveMinCoverage,
  stackDeprivation,
  weightCoverage,
  weightSensitivity,
} from "../../src/engine";
import { EngineError } from "../../src/engine/errors";

const TOLERANCE = 1e-12;
const col = (...values: number[]) => Float64Array.from(values);
/** Five areas, three domains; the second area has no value in the second domain. */
const DOMAINS = [col(10, 20, 30, 40, 50), col(5, NaN, 3, 2, 1), col(1, 2, 3, 5, 4)];
const WEIGHTS = [0.5, 0.3, 0.2];

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e)) expect(actual[i]).toBeNaN();
    else expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(e)));
  });
}

describe("coverage rule in =MDI.SCORE (mdiScore)", () => {
  it("scores the area missing the 0.3 domain as (0.5·X1 + 0.2·X3)/0.7 at min_coverage 0.7", () => {
    const result = mdiScore(DOMAINS, { weights: WEIGHTS, minCoverage: 0.7 });
    // numpy (see the file's comment): exp c0.7
    expectClose(
      result.values,
      [33.54063219571935, 11.551504456003341, 23.745637770511294, 42.622449069705496, 59.12668479827394],
    );
    // Area 2 by hand from the transformed ranks: X1 = X3 = 11.5515… (rank 4 of 5) → (0.5 + 0.2)·X/0.7 = X.
    expect(result.coverage![1]).toBeCloseTo(0.7, 12);
    expect(result.missingColumn[1]).toBe(1);
    expect(result.coverage![0]).toBe(1);
  });

  it("leaves the complete areas exactly as the complete-data rule scores them", () => {
    const complete = mdiScore(DOMAINS, { weights: WEIGHTS });
    const covered = mdiScore(DOMAINS, { weights: WEIGHTS, minCoverage: 0.7 });
    for (const i of [0, 2, 3, 4]) expect(covered.values[i]).toBe(complete.values[i]);
    expect(complete.values[1]).toBeNaN();
  });

  it("does not score an area below the threshold: missing the 0.5 domain leaves 0.5 < 0.7", () => {
    const domains = [col(NaN, 20, 30, 40, 50), DOMAINS[1].map((v, i) => (i === 1 ? 4 : v)), DOMAINS[2]];
    const result = mdiScore(domains, { weights: WEIGHTS, minCoverage: 0.7 });
    expect(result.values[0]).toBeNaN();
    expect(result.coverage![0]).toBeCloseTo(0.5, 12);
    expect(result.missingColumn[0]).toBe(0);
    expect(mdiScore(domains, { weights: WEIGHTS, minCoverage: 0.5 }).values[0]).toBeGreaterThan(0);
  });

  it("re-normalises the weights for the mean of z-scores and the geometric mean", () => {
    // numpy: mean c0.7 and geomean c0.7
    expectClose(
      mdiScore(DOMAINS, { weights: WEIGHTS, method: "mean", minCoverage: 0.7 }).values,
      [-0.49019821530299035, -0.6324555320336759, 0.043915503282683996, 0.43746346898225635, 0.45153811546162315],
    );
    expectClose(
      mdiScore(DOMAINS, { weights: WEIGHTS, method: "geomean", minCoverage: 0.7 }).values,
      [3.9810717055349727, 25.749999999999996, 50.50000000000001, 57.74128201026967, 23.73019466444705],
    );
  });

  it("refuses a threshold outside (0, 1] and defaults to 1", () => {
    expect(resolveMinCoverage(undefined)).toBe(DEFAULT_MIN_COVERAGE);
    expect(resolveMinCoverage(null)).toBe(1);
    for (const bad of [0, -0.1, 1.5, NaN, Infinity]) {
      expect(() => mdiScore(DOMAINS, { minCoverage: bad })).toThrow(EngineError);
      try {
        mdiScore(DOMAINS, { minCoverage: bad });
      } catch (error) {
        expect((error as EngineError).code).toBe("PARAMETER_INVALID");
        expect((error as EngineError).details.parameter).toBe("minCoverage");
      }
    }
  });
});

describe("coverage rule in =MDI.DOMAIN (domainScore)", () => {
  it("averages the z-scores an area has when they carry at least 60 % of the weight", () => {
    const indicators = [col(2, 4, 6, 8, 20), col(1, NaN, 3, NaN, 2), col(7, 1, NaN, NaN, 3)];
    const result = domainScore(indicators, { minCoverage: 0.6 });
    // numpy: domain2 z c0.6 — area 4 has one of three indicators (1/3 < 0.6)
    expectClose(result.values, [
      -0.25247956208129835,
      -0.7192784929466038,
      0.3585786437626905,
      NaN,
      0.4929461282039072,
    ]);
    expect(result.coverage![3]).toBeCloseTo(1 / 3, 12);
    // The default keeps today's rule: only complete areas.
    const strict = domainScore(indicators).values;
    expect([0, 1, 2, 3].map((i) => Number.isNaN(strict[i]))).toEqual([false, true, true, true]);
  });
});

describe("=MDI.COVERAGE (weightCoverage)", () => {
  it("gives the share of the weight present per area; weight-0 columns take no part", () => {
    expectClose(weightCoverage(DOMAINS, WEIGHTS), [1, 0.7, 1, 1, 1]);
    expectClose(weightCoverage([col(1, NaN, NaN), col(NaN, NaN, 3), col(NaN, 5, 5)], [1, 3, 0]), [0.25, 0, 0.75]);
    expectClose(weightCoverage([col(1, NaN), col(NaN, NaN)]), [0.5, 0]);
  });
});

describe("contributions, stacking and sensitivity with a threshold", () => {
  it("scales the contributions of a partial area so its row adds up to its score", () => {
    const result = domainContributions(DOMAINS, { weights: WEIGHTS, minCoverage: 0.7 });
    const score = mdiScore(DOMAINS, { weights: WEIGHTS, minCoverage: 0.7 }).values;
    for (let i = 0; i < 5; i++) {
      const sum = result.columns.reduce((s, c) => s + (Number.isFinite(c[i]) ? c[i] : 0), 0);
      expect(Math.abs(sum - score[i])).toBeLessThan(TOLERANCE * 100);
    }
    expect(result.columns[1][1]).toBeNaN(); // the domain it lacks contributes nothing
  });

  it("counts stacking over the domains present once enough of them are", () => {
    // By hand, k = 2: area 5 is rank 1 of 5 in domain 1 (decile ceil(10·1/5) = 2, counted); area 1 is rank 1
    // of only 4 in domain 2 (decile 3, not counted); area 4 is rank 1 of 5 in domain 3 (decile 2, counted).
    const strict = stackDeprivation(DOMAINS, { k: 2 }).counts;
    expect(strict[1]).toBeNaN();
    const covered = stackDeprivation(DOMAINS, { k: 2, minCoverage: 0.6 });
    expect(Array.from(covered.counts)).toEqual([0, 0, 0, 1, 1]);
    expect(covered.coverage![1]).toBeCloseTo(2 / 3, 12);
    expect(stackDeprivation(DOMAINS, { k: 2, minCoverage: 0.7 }).counts[1]).toBeNaN();
  });

  it("gives the covered ranks at noise 0 in every run", () => {
    const result = weightSensitivity(DOMAINS, { weights: WEIGHTS, noise: 0, runs: 5, minCoverage: 0.7 });
    // Ranks of the numpy scores 33.54, 11.55, 23.75, 42.62, 59.13 (descending).
    expect(Array.from(result.nominal)).toEqual([3, 5, 4, 2, 1]);
    expect(Array.from(result.median)).toEqual([3, 5, 4, 2, 1]);
    const noisy = weightSensitivity(DOMAINS, { weights: WEIGHTS, runs: 50, minCoverage: 0.7 });
    expect(Number.isFinite(noisy.p95[1])).toBe(true);
  });
});

describe("=MDI.IMPUTE (imputeByGroup)", () => {
  const { ids, count } = groupIds(["a", "a", "a", "b", "b", null]);

  it("fills a blank with the population-weighted mean of its group; a group without values stays blank", () => {
    const result = imputeByGroup(col(10, 20, NaN, 5, NaN, NaN), ids, count, col(100, 300, 50, 10, 0, 7));
    // Group a: (100·10 + 300·20)/400 = 17.5; group b: 5 (one donor); the last area has no group.
    expectClose(result.values, [10, 20, 17.5, 5, 5, NaN]);
    expect(Array.from(result.imputed)).toEqual([0, 0, 1, 0, 1, 0]);
    const unweighted = imputeByGroup(col(10, 20, NaN, NaN, NaN, 1), ids, count);
    expectClose(unweighted.values, [10, 20, 15, NaN, NaN, 1]);
  });

  it("fills only the areas marked fillable; the others still count for their group's mean", () => {
    const result = imputeByGroup(col(10, 20, NaN, 5, NaN, NaN), ids, count, null, Uint8Array.of(0, 1, 0, 0, 1, 1));
    expectClose(result.values, [10, 20, NaN, 5, 5, NaN]); // area 3 not fillable; 10 still counts for a
    expect(Array.from(result.imputed)).toEqual([0, 0, 0, 0, 1, 0]);
  });

  it("rowsWithValues marks the areas with at least so many figures of their own", () => {
    const columns = [col(1, NaN, NaN, 4), col(2, 3, NaN, NaN), col(NaN, 5, NaN, 6)];
    expect(Array.from(rowsWithValues(columns, 0))).toEqual([1, 1, 1, 1]);
    expect(Array.from(rowsWithValues(columns, 1))).toEqual([1, 1, 0, 1]);
    expect(Array.from(rowsWithValues(columns, 2))).toEqual([1, 1, 0, 1]);
    expect(Array.from(rowsWithValues(columns, 3))).toEqual([0, 0, 0, 0]);
    for (const bad of [-1, 1.5, 4]) {
      expect(() => rowsWithValues(columns, bad)).toThrow(EngineError);
    }
  });

  it("refuses a blank or negative population of an area whose value is used", () => {
    const blank = () => imputeByGroup(col(10, 20, NaN, 5, NaN, NaN), ids, count, col(100, NaN, 50, 10, 0, 7));
    expect(blank).toThrow(EngineError);
    try {
      blank();
    } catch (error) {
      expect((error as EngineError).details).toMatchObject({ parameter: "population", row: 1, value: "" });
    }
    expect(() => imputeByGroup(col(10, 20, NaN, 5, NaN, NaN), ids, count, col(100, -3, 50, 10, 0, 7))).toThrow(
      /negative/,
    );
    // A blank population where no value is used (the blank itself) is fine.
    expect(imputeByGroup(col(10, 20, NaN, 5, NaN, NaN), ids, count, col(100, 300, NaN, 10, NaN, NaN)).values[2]).toBe(
      17.5,
    );
  });
});
