/**
 * Correlation coefficients and their tests. Expected values come from
 * Excel's documentation, docs/method.md's example F, and scipy 1.10.1 (Debian
 * python3-scipy, numpy 1.24.2), with the call that produced them next to each.
 */
import {
  EngineError,
  completePairs,
  correlation,
  correlationStrength,
  correlationTest,
  kendallStatistics,
  kendallTauB,
  pearson,
  spearman,
} from "../../src/engine";
import { readCsv } from "../support/csv";
import { engineError } from "../support/engineError";

/** |actual − expected| ≤ tolerance · max(1, |expected|). */
const near = (actual: number | undefined, expected: number, tolerance: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};
/** Relative closeness for small p-values. */
const nearRelative = (actual: number | undefined, expected: number, tolerance: number) => {
  expect(actual).toBeDefined();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
};

describe("Excel's CORREL documentation example", () => {
  // support.microsoft.com, "CORREL function": =CORREL(A2:A6,B2:B6) with {3,2,4,5,6} and {9,7,12,15,17} → 0.997054486.
  const x = Object.freeze([3, 2, 4, 5, 6]);
  const y = Object.freeze([9, 7, 12, 15, 17]);

  it("Pearson equals Excel's 0.997054486 to its 9 decimals", () => {
    expect(Math.abs(pearson(x, y) - 0.997054486)).toBeLessThan(5e-10);
  });

  it("equals scipy to 1e-15, with p and the Fisher-z interval", () => {
    // >>> stats.pearsonr([3,2,4,5,6], [9,7,12,15,17])
    // statistic 0.9970544855015816, pvalue 0.00019181546922682346
    // >>> _.confidence_interval(0.95) → (0.9539255634906596, 0.9998155067778608)
    const t = correlationTest(x, y, "pearson");
    near(t.r, 0.9970544855015816, 1e-15);
    nearRelative(t.p, 0.00019181546922682346, 1e-9);
    near(t.low, 0.9539255634906596, 1e-12);
    near(t.high, 0.9998155067778608, 1e-12);
    expect(t.n).toBe(5);
    expect(t.strength).toBe("strong");
  });
});

describe("docs/method.md example F", () => {
  const a = [10, 20, 30, 40, 50];
  const b = [0.8, 0.75, 0.6, 0.62, 0.4];

  it("Pearson −0.943688, Spearman −0.9", () => {
    near(pearson(a, b), -0.943688, 5e-7);
    near(spearman(a, b), -0.9, 1e-15);
  });

  it("Spearman of (1..5) and (3,1,2,2,5) is 0.359092 (average ranks for the tie)", () => {
    near(spearman([1, 2, 3, 4, 5], [3, 1, 2, 2, 5]), 0.359092, 5e-7);
  });

  it("matches scipy's r and two-sided p for all three methods", () => {
    // >>> stats.pearsonr(a, b) → statistic -0.9436883892192813, pvalue 0.015904792992108428
    // >>> stats.spearmanr(a, b) → statistic -0.8999999999999998, pvalue 0.03738607346849874
    // >>> stats.kendalltau(a, b, method='asymptotic') → statistic -0.7999999999999999, pvalue 0.050043521248705106
    const p = correlationTest(a, b, "pearson");
    near(p.r, -0.9436883892192813, 1e-15);
    nearRelative(p.p, 0.015904792992108428, 1e-9);
    // >>> stats.pearsonr(a, b).confidence_interval(0.95) → (-0.9963822858298372, -0.36688355403652534)
    near(p.low, -0.9963822858298372, 1e-12);
    near(p.high, -0.36688355403652534, 1e-12);
    const s = correlationTest(a, b, "spearman");
    near(s.r, -0.9, 1e-15);
    nearRelative(s.p, 0.03738607346849874, 1e-9);
    const k = correlationTest(a, b, "kendall");
    near(k.r, -0.8, 1e-15);
    nearRelative(k.p, 0.050043521248705106, 1e-9);
  });

  it("states its rank-correlation intervals: Fisher z with 1.06/(n−3) (Spearman) and 0.437/(n−4) (Kendall)", () => {
    // >>> z = stats.norm.ppf(0.975); n = 5
    // >>> np.tanh(np.arctanh(-0.9) ∓ z*np.sqrt(1.06/(n-3))) → -0.9939522615470889, -0.045313119182580276
    // >>> np.tanh(np.arctanh(-0.8) ∓ z*np.sqrt(0.437/(n-4))) → -0.9834881048108084, 0.1945299629003953
    const s = correlationTest(a, b, "spearman");
    near(s.low, -0.9939522615470889, 1e-12);
    near(s.high, -0.045313119182580276, 1e-12);
    const k = correlationTest(a, b, "kendall");
    near(k.low, -0.9834881048108084, 1e-12);
    near(k.high, 0.1945299629003953, 1e-12);
  });

  it("ties: (1..5) vs (3,1,2,2,5)", () => {
    // >>> stats.pearsonr([1,2,3,4,5],[3,1,2,2,5]) → 0.521286035142687, 0.3677007281581275
    // >>> stats.spearmanr(...) → 0.35909242322980395, 0.5528147466433505
    // >>> stats.kendalltau(..., method='asymptotic') → 0.31622776601683794, 0.44848886103153174
    const x = [1, 2, 3, 4, 5];
    const y = [3, 1, 2, 2, 5];
    const p = correlationTest(x, y, "pearson");
    near(p.r, 0.521286035142687, 1e-15);
    nearRelative(p.p, 0.3677007281581275, 1e-9);
    const s = correlationTest(x, y, "spearman");
    near(s.r, 0.35909242322980395, 1e-15);
    nearRelative(s.p, 0.5528147466433505, 1e-9);
    const k = correlationTest(x, y, "kendall");
    near(k.r, 0.31622776601683794, 1e-15);
    nearRelative(k.p, 0.44848886103153174, 1e-9);
  });
});

describe("heavily tied data against scipy", () => {
  // x = [(i * 7) % 10 for i in range(30)]; y = [((i * i) % 11) + (i % 3) for i in range(30)]
  const x30 = [0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3, 0, 7, 4, 1, 8, 5, 2, 9, 6, 3];
  const y30 = [0, 2, 6, 9, 6, 5, 3, 6, 11, 4, 2, 2, 1, 5, 11, 5, 4, 5, 5, 10, 6, 1, 1, 3, 4, 10, 7, 3, 4, 7];

  it("30 pairs with ties in x and y", () => {
    // >>> stats.pearsonr(x, y) → 0.08966197255872113, 0.6375105768011667; CI (-0.2796403171623006, 0.43585210470507896)
    // >>> stats.spearmanr(x, y) → 0.07689724255905352, 0.6862967363560617
    // >>> stats.kendalltau(x, y, method='asymptotic') → 0.06451692353651325, 0.6383095304886719
    const p = correlationTest(x30, y30, "pearson");
    near(p.r, 0.08966197255872113, 1e-14);
    nearRelative(p.p, 0.6375105768011667, 1e-9);
    near(p.low, -0.2796403171623006, 1e-12);
    near(p.high, 0.43585210470507896, 1e-12);
    expect(p.strength).toBe("negligible");
    const s = correlationTest(x30, y30, "spearman");
    near(s.r, 0.07689724255905352, 1e-14);
    nearRelative(s.p, 0.6862967363560617, 1e-9);
    // >>> np.tanh(np.arctanh(0.07689724255905352) ∓ z*np.sqrt(1.06/27)) → -0.3016164948609186, 0.4344715706579943
    near(s.low, -0.3016164948609186, 1e-12);
    near(s.high, 0.4344715706579943, 1e-12);
    const k = correlationTest(x30, y30, "kendall");
    near(k.r, 0.06451692353651325, 1e-14);
    nearRelative(k.p, 0.6383095304886719, 1e-9);
    // >>> np.tanh(np.arctanh(0.06451692353651325) ∓ z*np.sqrt(0.437/26)) → -0.18725592694919266, 0.3083356723946284
    near(k.low, -0.18725592694919266, 1e-12);
    near(k.high, 0.3083356723946284, 1e-12);
  });

  it("40 pairs, strong, with runs of ties and joint ties", () => {
    // x = [i // 3 for i in range(40)]; y = [(i // 4) + ((i * 5) % 3) for i in range(40)]
    // >>> stats.pearsonr(x, y) → statistic=0.9437664900817406, pvalue=7.364619471064507e-20
    // >>> stats.spearmanr(x, y) → statistic=0.9487289313707307, pvalue=1.3295481376475988e-20
    // >>> stats.kendalltau(x, y, method='asymptotic') → statistic=0.8464795728186979, pvalue=3.7744492008687363e-13
    const x = Array.from({ length: 40 }, (_, i) => Math.floor(i / 3));
    const y = Array.from({ length: 40 }, (_, i) => Math.floor(i / 4) + ((i * 5) % 3));
    const p = correlationTest(x, y, "pearson");
    near(p.r, 0.9437664900817406, 1e-14);
    nearRelative(p.p, 7.364619471064507e-20, 1e-8);
    const s = correlationTest(x, y, "spearman");
    near(s.r, 0.9487289313707307, 1e-14);
    nearRelative(s.p, 1.3295481376475988e-20, 1e-8);
    const k = correlationTest(x, y, "kendall");
    near(k.r, 0.8464795728186979, 1e-14);
    nearRelative(k.p, 3.7744492008687363e-13, 1e-8);
  });
});

describe("IoD2025, 33,755 LSOAs: income score against other scores", () => {
  const rows = readCsv("england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
  const income = Float64Array.from(rows, (r) => Number(r.Income_score));
  const imd = Float64Array.from(rows, (r) => Number(r.IMD_score));
  const environment = Float64Array.from(rows, (r) => Number(r.Environment_score));

  it("matches scipy on income vs IMD score", () => {
    // inc, imd = columns Income_score, IMD_score of the CSV as float
    // >>> stats.pearsonr(inc, imd).statistic → 0.9537349885303466
    // >>> stats.spearmanr(inc, imd).statistic → 0.9419868064531165
    // >>> stats.kendalltau(inc, imd, method='asymptotic').statistic → 0.7986595587193349 (all three p 0.0)
    near(pearson(income, imd), 0.9537349885303466, 1e-13);
    near(spearman(income, imd), 0.9419868064531165, 1e-13);
    near(kendallTauB(income, imd), 0.7986595587193349, 1e-13);
    expect(correlationTest(income, imd, "kendall").p).toBe(0);
  });

  it("matches scipy's r and tiny p on income vs living environment score", () => {
    // >>> stats.pearsonr(inc, env) → 0.17695237440391898, 1.6648256222671452e-235
    // >>> stats.spearmanr(inc, env) → 0.19498342583736517, 1.8210987935937616e-286
    // >>> stats.kendalltau(inc, env, method='asymptotic') → 0.13101594419219315, 8.707173892577928e-285
    const p = correlationTest(income, environment, "pearson");
    near(p.r, 0.17695237440391898, 1e-13);
    nearRelative(p.p, 1.6648256222671452e-235, 1e-6);
    const s = correlationTest(income, environment, "spearman");
    near(s.r, 0.19498342583736517, 1e-13);
    nearRelative(s.p, 1.8210987935937616e-286, 1e-6);
    const k = correlationTest(income, environment, "kendall");
    near(k.r, 0.13101594419219315, 1e-13);
    nearRelative(k.p, 8.707173892577928e-285, 1e-6);
    expect(p.strength).toBe("weak");
  });
});

describe("Kendall's τ-b by merge sort equals the definition", () => {
  /** τ-b straight from its definition, O(n²): (C − D)/√((n0 − n1)(n0 − n2)). */
  function tauByDefinition(x: number[], y: number[]): number {
    let s = 0;
    let tiesX = 0;
    let tiesY = 0;
    const n = x.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = Math.sign(x[i] - x[j]);
        const dy = Math.sign(y[i] - y[j]);
        s += dx * dy;
        if (dx === 0) tiesX++;
        if (dy === 0) tiesY++;
      }
    }
    const n0 = (n * (n - 1)) / 2;
    return s / Math.sqrt((n0 - tiesX) * (n0 - tiesY));
  }
  // A fixed linear congruential sequence: reproducible data with many ties.
  function sequence(n: number, seed: number, levels: number): number[] {
    const out: number[] = [];
    let state = seed;
    for (let i = 0; i < n; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      out.push(state % levels);
    }
    return out;
  }

  for (const [n, levels] of [
    [2, 2],
    [3, 3],
    [17, 4],
    [200, 7],
    [1000, 50],
    [999, 100000],
  ] as const) {
    it(`n = ${n}, ${levels} levels`, () => {
      const x = sequence(n, 7 + n, levels);
      const noise = sequence(n, 3 + n, levels);
      const y = x.map((v, i) => v + noise[i]);
      if (new Set(x).size < 2 || new Set(y).size < 2) return expect(() => kendallTauB(x, y)).toThrow(EngineError);
      near(kendallTauB(x, y), tauByDefinition(x, y), 1e-14);
    });
  }

  it("gives S and its tie-corrected variance", () => {
    // No ties, n = 5, S = C − D: var(S) = n(n−1)(2n+5)/18 = 5·4·15/18.
    const stats = kendallStatistics([10, 20, 30, 40, 50], [0.8, 0.75, 0.6, 0.62, 0.4]);
    expect(stats.s).toBe(-8);
    near(stats.varianceOfS, (5 * 4 * 15) / 18, 1e-15);
  });
});

describe("pairwise deletion and refusals", () => {
  it("drops pairs with a missing value on either side, keeping order", () => {
    const x = Object.freeze([10, NaN, 20, 30, 40, 50, 60]);
    const y = Object.freeze([0.8, 0.1, 0.75, 0.6, 0.62, 0.4, NaN]);
    const pairs = completePairs(x, y);
    expect(Array.from(pairs.x)).toEqual([10, 20, 30, 40, 50]);
    expect(Array.from(pairs.y)).toEqual([0.8, 0.75, 0.6, 0.62, 0.4]);
    // Same as example F once the incomplete pairs are gone.
    near(pearson(x, y), -0.9436883892192813, 1e-15);
    expect(correlationTest(x, y, "kendall").n).toBe(5);
  });

  it("is unchanged by scale from 5e-324 to 1e308 (no overflow or underflow of the squares)", () => {
    // >>> stats.pearsonr([1,-1,0,0.5], [2,1,3,7]).statistic → 0.4267315641981038
    near(pearson([1e308, -1e308, 0, 5e307], [2, 1, 3, 7]), 0.4267315641981038, 1e-15);
    near(pearson([1e308, -1e308, 0, 5e307], [2e307, 1e307, 3e307, 7e307]), 0.4267315641981038, 1e-15);
    near(pearson([1e-300, -1e-300, 0, 5e-301], [2, 1, 3, 7]), 0.4267315641981038, 1e-15);
    // Subnormal values keep only a few bits: 4e-323, -4e-323, 0, 2e-323 are exactly 8, -8, 0, 4 × 5e-324.
    near(pearson([4e-323, -4e-323, 0, 2e-323], [2, 1, 3, 7]), 0.4267315641981038, 1e-15);
  });

  it("|r| = 1 gives p = 0 and the interval [r, r]", () => {
    const t = correlationTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10], "pearson");
    expect(t.r).toBe(1);
    expect(t.p).toBe(0);
    expect([t.low, t.high]).toEqual([1, 1]);
  });

  it("leaves p and the interval undefined when there are too few pairs", () => {
    const two = correlationTest([1, 2], [3, 5], "pearson");
    expect(two.r).toBe(1);
    expect(two.p).toBeUndefined();
    expect(two.low).toBeUndefined();
    const four = correlationTest([1, 2, 3, 4], [1, 3, 2, 4], "kendall");
    expect(four.p).toBeDefined();
    expect(four.low).toBeUndefined(); // Kendall's interval needs n − 4 ≥ 1
    expect(correlationTest([1, 2, 3, 4], [1, 3, 2, 4], "spearman").low).toBeDefined();
  });

  it.each([["pearson"], ["spearman"], ["kendall"]] as const)("%s refuses constant columns and too few pairs", (m) => {
    expect(engineError(() => correlation([1, 1, 1], [1, 2, 3], m)).code).toBe("ZERO_VARIANCE");
    expect(engineError(() => correlation([1, 2, 3], [4, 4, 4], m)).details.parameter).toBe("y");
    expect(engineError(() => correlation([1, NaN], [2, 3], m)).code).toBe("TOO_FEW_VALUES");
    expect(engineError(() => correlation([], [], m)).code).toBe("TOO_FEW_VALUES");
    expect(engineError(() => correlation([1, 2, 3], [1, 2], m)).code).toBe("LENGTH_MISMATCH");
  });
});

describe("strength labels (Cohen; docs/method.md §7)", () => {
  it("calls the seed study's −0.838, 0.602 and 0.514 strong", () => {
    expect([-0.838, 0.602, 0.514].map(correlationStrength)).toEqual(["strong", "strong", "strong"]);
  });
  it("puts each threshold in the upper class", () => {
    expect([0, 0.099, 0.1, -0.299, 0.3, 0.499, -0.5, 1].map(correlationStrength)).toEqual([
      "negligible",
      "negligible",
      "weak",
      "weak",
      "moderate",
      "moderate",
      "strong",
      "strong",
    ]);
  });
});
