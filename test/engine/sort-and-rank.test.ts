/**
 * The O(n) sorts behind every rank, checked against definitions rather than
 * against themselves: the order against JavaScript's comparison sort, the
 * ranks against "1 + the number of values above" (Excel's RANK.EQ, R's
 * rank(-x, ties.method = "min")), on data that exercises both code paths
 * (counting sort for narrow whole numbers, radix for everything else).
 */
import {
  averageRanksAscending,
  countBelow,
  descendingRanksInto,
  expTransformTable,
  rankDescending,
  rankDescendingWithinGroups,
  sortAscending,
} from "../../src/engine";

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GENERATORS: Record<string, (r: () => number, n: number) => number> = {
  "whole numbers in a narrow range (counting sort)": (r, n) => Math.floor(r() * n) - Math.floor(n / 2),
  "published-rank-like negatives": (r, n) => -(1 + Math.floor(r() * n)),
  "uniform doubles (radix)": (r) => r() * 200 - 100,
  "doubles with many ties": (r) => Math.round(r() * 20) / 4,
  "wide magnitudes": (r) => (r() - 0.5) * 10 ** Math.floor(r() * 600 - 300),
  "values equal to 6 digits (high-word runs)": (r) => 123.456 + r() * 1e-9,
  "signed zeros and tiny numbers": (r) => [0, -0, 5e-324, -5e-324, 1e-300][Math.floor(r() * 5)],
  "whole numbers over a wide range": (r) => Math.floor(r() * 1e12),
};

function sample(name: string, n: number, seed: number, missingShare = 0.05): Float64Array {
  const r = random(seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = r() < missingShare ? NaN : GENERATORS[name](r, n);
  return x;
}

function naiveMinRanksDescending(x: Float64Array): number[] {
  return Array.from(x, (v) => (Number.isNaN(v) ? NaN : 1 + Array.from(x).filter((w) => w > v).length));
}

/** The same definition for large n, by JavaScript's comparison sort: each value ranked after those above it. */
function minRanksDescendingBySort(x: Float64Array): number[] {
  const byValue = Array.from(x.keys())
    .filter((i) => !Number.isNaN(x[i]))
    .sort((a, b) => x[b] - x[a]);
  const ranks: number[] = new Array(x.length).fill(NaN);
  byValue.forEach((i, k) => {
    const before = byValue[k - 1];
    ranks[i] = k > 0 && x[before] === x[i] ? ranks[before] : k + 1;
  });
  return ranks;
}

describe.each(Object.keys(GENERATORS))("%s", (name) => {
  for (const n of [1, 2, 7, 48, 49, 500, 3000]) {
    it(`sorts and ranks ${n} values like the definitions`, () => {
      const x = sample(name, n, n * 7919 + name.length);
      const { order, sorted, count } = sortAscending(x);
      const present = Array.from(x).filter((v) => !Number.isNaN(v));
      expect(count).toBe(present.length);
      // Same multiset, ascending, stable, sorted[j] = x[order[j]].
      const reference = present.map((v) => v + 0).sort((a, b) => a - b);
      expect(Array.from(sorted)).toEqual(reference);
      for (let j = 0; j < count; j++) {
        expect(sorted[j]).toBe(x[order[j]] + 0);
        if (j > 0 && sorted[j] === sorted[j - 1]) expect(order[j]).toBeGreaterThan(order[j - 1]);
      }
      if (n <= 500) expect(Array.from(rankDescending(x))).toEqual(naiveMinRanksDescending(x));
      else expect(Array.from(rankDescending(x))).toEqual(minRanksDescendingBySort(x));
    });
  }
});

describe("values that share their first 6 significant digits", () => {
  it("sorts 200,000 of them exactly (long runs that share the high word take the packed sort)", () => {
    const r = random(7);
    const x = Float64Array.from({ length: 200000 }, () => 1e6 + r() * 0.9);
    const { sorted, order } = sortAscending(x);
    expect(Array.from(sorted)).toEqual(Array.from(x).sort((a, b) => a - b));
    for (let j = 1; j < sorted.length; j++) expect(x[order[j]]).toBe(sorted[j]);
    expect(Array.from(rankDescending(x))).toEqual(minRanksDescendingBySort(x));
  });

  it("ranks ties inside runs that share the high word (the walk reads the values only there)", () => {
    const r = random(11);
    // 40,000 values on 300 distinct doubles within 1e-9 of each other: every high word is shared, ties abound.
    const levels = Array.from({ length: 300 }, (_, k) => 5000 + k * 3e-12);
    const x = Float64Array.from({ length: 40000 }, () => (r() < 0.05 ? NaN : levels[Math.floor(r() * 300)]));
    expect(Array.from(rankDescending(x))).toEqual(minRanksDescendingBySort(x));
    // 20,000 levels 0.001 apart above 1000, where a high word spans 0.00049: short runs of two or three values.
    const close = Array.from({ length: 20000 }, (_, k) => 1000 + k * 0.001);
    const y = Float64Array.from({ length: 40000 }, () => (r() < 0.05 ? NaN : close[Math.floor(r() * 20000)]));
    expect(Array.from(rankDescending(y))).toEqual(minRanksDescendingBySort(y));
  });
});

describe("rank helpers", () => {
  it("descendingRanksInto with a table gives table[rank], in place", () => {
    const x = Float64Array.from([5, 1, NaN, 5, 3]);
    const table = expTransformTable(4);
    const out = descendingRanksInto(x, x, table);
    expect(out).toBe(x);
    expect(Array.from(out)).toEqual([table[1], table[4], NaN, table[1], table[3]]);
  });

  it("averageRanksAscending averages ties (R: rank(c(3,1,2,2,5)) = 4 1 2.5 2.5 5)", () => {
    expect(Array.from(averageRanksAscending(Float64Array.from([3, 1, 2, 2, 5])))).toEqual([4, 1, 2.5, 2.5, 5]);
  });

  it("countBelow counts strictly smaller values (Excel PERCENTRANK.INC numerator)", () => {
    expect(Array.from(countBelow(Float64Array.from([7, 3.5, 3.5, 1, 2])))).toEqual([4, 2, 2, 0, 1]);
  });

  it("ranks within groups with min ties, each group its own N", () => {
    const x = Float64Array.from([5, 9, 7, 1, 7, 7, NaN]);
    const groups = Int32Array.from([0, 0, 1, 1, 1, 0, 1]);
    const { ranks, groupSizes } = rankDescendingWithinGroups(x, groups, 2);
    expect(Array.from(ranks)).toEqual([3, 1, 1, 3, 1, 2, NaN]);
    expect(Array.from(groupSizes)).toEqual([3, 3]);
  });
});
