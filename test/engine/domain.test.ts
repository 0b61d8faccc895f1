/**
 * Indicators → domain score (docs/method.md §4) and column normalisation.
 * Expected values: docs/method.md's table, and scipy 1.10.1 / numpy 1.24.2 with the call beside each.
 */
import { domainScore, normalizeColumns } from "../../src/engine";
import { engineError } from "../support/engineError";

const close = (actual: ArrayLike<number>, expected: number[], tolerance: number) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e)) expect(actual[i]).toBeNaN();
    else expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(tolerance);
  });
};

describe("docs/method.md §4: one indicator, each normalisation", () => {
  const x = Object.freeze([2, 4, 6, 8, 20]);
  it("z-score (sample sd)", () => {
    close(domainScore([x], { method: "z" }).values, [-0.8485, -0.5657, -0.2828, 0, 1.6971], 5e-5);
  });
  it("min-max 0–100", () => {
    close(domainScore([x], { method: "minmax" }).values, [0, 11.1111, 22.2222, 33.3333, 100], 5e-5);
  });
  it("percentile rank", () => {
    close(domainScore([x], { method: "percentile" }).values, [0, 0.25, 0.5, 0.75, 1], 1e-15);
  });
  it("rankit of (12, 30, 7, 18, 25)", () => {
    close(domainScore([[12, 30, 7, 18, 25]], { method: "rankit" }).values, [-0.5244, 1.2816, -1.2816, 0, 0.5244], 5e-5);
  });
});

describe("three indicators, directions (1, −1, 1), weights (2, 1, 1)", () => {
  // X = [[12,300,.5],[30,250,.7],[7,410,.2],[18,280,.9],[25,190,.4],[15,330,.6]] (rows = areas)
  const indicators = Object.freeze([
    Object.freeze([12, 30, 7, 18, 25, 15]),
    Object.freeze([300, 250, 410, 280, 190, 330]),
    Object.freeze([0.5, 0.7, 0.2, 0.9, 0.4, 0.6]),
  ]);
  const options = { directions: [1, -1, 1], weights: [2, 1, 1] };
  // >>> d = [1,-1,1]; w = np.array([2.,1,1])
  // >>> dom = lambda norm: (np.column_stack([norm(X[:,c]*d[c]) for c in range(3)]) @ w) / w.sum()
  it("z: dom(lambda v: stats.zscore(v, ddof=1))", () => {
    close(
      domainScore(indicators, { ...options, method: "z" }).values,
      [
        -0.41813106981094644, 1.0179381189030277, -1.3912543105327684, 0.41482585866416877, 0.6154689184313787,
        -0.23884751565485984,
      ],
      1e-14,
    );
  });
  it("minmax: dom(lambda v: (v - v.min()) / (v.max() - v.min()) * 100)", () => {
    close(
      domainScore(indicators, { ...options, method: "minmax" }).values,
      [34.08385093167702, 86.03896103896105, 0.0, 63.68577075098814, 71.27329192546583, 40.767927724449464],
      1e-12,
    );
  });
  it("percentile: dom(lambda v: (stats.rankdata(v, method='min') - 1) / (len(v) - 1))", () => {
    close(
      domainScore(indicators, { ...options, method: "percentile" }).values,
      [0.30000000000000004, 0.8999999999999999, 0.0, 0.7, 0.7000000000000001, 0.4],
      1e-15,
    );
  });
  it("rankit: dom(lambda v: stats.norm.ppf((stats.rankdata(v, method='average') - 0.5) / len(v)))", () => {
    close(
      domainScore(indicators, { ...options, method: "rankit" }).values,
      [
        -0.4424590722220032, 1.0287419386483598, -1.382994127100638, 0.5035698274611031, 0.51437096932418,
        -0.2212295361110016,
      ],
      1e-14,
    );
  });

  it("leaves out an area missing an indicator and names it; the others use that indicator's present values", () => {
    const withGap = [indicators[0], [300, 250, NaN, 280, 190, 330], indicators[2]];
    // >>> v2 = np.delete(X[:,1] * -1, 2)
    // >>> zs = [stats.zscore(X[:,0], ddof=1), np.insert(stats.zscore(v2, ddof=1), 2, np.nan), stats.zscore(X[:,2], ddof=1)]
    // >>> (np.column_stack(zs) @ w) / w.sum()
    const result = domainScore(withGap, { ...options, method: "z" });
    close(
      result.values,
      [-0.5362403517344682, 0.9661358662719373, NaN, 0.32323938845761957, 0.6432351009512061, -0.39674101515384047],
      1e-14,
    );
    expect(Array.from(result.missingColumn)).toEqual([-1, -1, 1, -1, -1, -1]);
  });

  it("does not mutate its input", () => {
    expect(() => domainScore(indicators, options)).not.toThrow();
    expect(indicators[1]).toEqual([300, 250, 410, 280, 190, 330]);
  });
});

describe("edges", () => {
  it("ignores an indicator with weight 0, even a constant one with gaps", () => {
    const result = domainScore(
      [
        [2, 4, 6, 8, 20],
        [1, 1, NaN, 1, 1],
      ],
      { weights: [1, 0], method: "percentile" },
    );
    close(result.values, [0, 0.25, 0.5, 0.75, 1], 1e-15);
  });

  it("is unchanged by scale, from values near 1e-300 to 1e308", () => {
    // >>> stats.zscore([1, -1, 0, 0.5], ddof=1)
    const expected = [1.02469507659596, -1.3174650984805198, -0.14638501094227999, 0.43915503282683993];
    close(domainScore([[1e308, -1e308, 0, 5e307]]).values, expected, 1e-14);
    close(domainScore([[1e-300, -1e-300, 0, 5e-301]]).values, expected, 1e-14);
  });

  it("refuses a constant indicator naming it, too few areas, and mismatched lengths", () => {
    const constant = engineError(() =>
      domainScore([
        [1, 2, 3],
        [5, 5, 5],
      ]),
    );
    expect(constant.code).toBe("ZERO_VARIANCE");
    expect(constant.details.column).toBe(1);
    expect(engineError(() => domainScore([[1]])).code).toBe("TOO_FEW_ROWS");
    expect(engineError(() => domainScore([])).code).toBe("TOO_FEW_ROWS");
    expect(engineError(() => domainScore([[1, 2], [1]])).code).toBe("LENGTH_MISMATCH");
    expect(engineError(() => domainScore([[1, 2]], { directions: [2] })).code).toBe("DIRECTION_INVALID");
    expect(engineError(() => domainScore([[1, 2]], { weights: [1, 1] })).code).toBe("WEIGHT_COUNT");
  });
});

describe("normalizeColumns", () => {
  it("normalises each column on its own, with one direction for all or one per column", () => {
    const [a, b] = normalizeColumns(
      [
        [2, 4, 6, 8, 20],
        [20, 8, 6, 4, 2],
      ],
      "percentile",
      [1, -1],
    );
    close(a, [0, 0.25, 0.5, 0.75, 1], 1e-15);
    close(b, [0, 0.25, 0.5, 0.75, 1], 1e-15);
    const [c] = normalizeColumns([[2, 4, 6, 8, 20]], "minmax", [-1]);
    close(c, [100, 88.8889, 77.7778, 66.6667, 0], 5e-5);
    const both = normalizeColumns(
      [
        [1, 2],
        [3, 4],
      ],
      "minmax",
      [-1],
    );
    close(both[0], [100, 0], 0);
    close(both[1], [100, 0], 0);
  });
});
