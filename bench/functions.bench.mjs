/**
 * =MDI.DOMAIN, =MDI.CORREL, =MDI.RANK and =MDI.DECILE through the built bundle
 * on England's 33,755 LSOAs (IoD2025) and 32,844 LSOAs in 317 districts
 * (IoD2019, for ranks within groups). Kendall's τ-b is O(n log n): the bench
 * times a naive O(n²) pair loop on 5,000 pairs beside it, and the bundle on
 * Excel's maximum of 1,048,575 rows.
 */
import { loadBundle, readCsv, report, time } from "./harness.mjs";

const SCORES = [
  "IMD_score",
  "Income_score",
  "Employment_score",
  "Education_score",
  "Health_score",
  "Crime_score",
  "Housing_and_Services_score",
  "Environment_score",
];
const RANKS = [
  "IMD_rank",
  "Income_rank",
  "Employment_rank",
  "Education_rank",
  "Health_rank",
  "Crime_rank",
  "Housing_and_Services_rank",
  "Environment_rank",
];

/** 20 indicator columns per LSOA: 8 published scores, 8 published ranks (direction −1), 4 derived. */
function indicators(rows) {
  const matrix = rows.map((r) => {
    const s = SCORES.map((c) => Number(r[c]));
    const k = RANKS.map((c) => Number(r[c]));
    return [...s, ...k, Math.log1p(s[1]), Math.sqrt(s[7]), s[1] * s[2], s[5] * s[5]];
  });
  const directions = [[...SCORES.map(() => 1), ...RANKS.map(() => -1), 1, 1, 1, 1]];
  return { matrix, directions };
}

/** τ-b by looking at every pair: what an O(n²) implementation costs. */
function naiveKendall(x, y) {
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
  const pairs = (n * (n - 1)) / 2;
  return s / Math.sqrt((pairs - tiesX) * (pairs - tiesY));
}

export function run() {
  const registry = loadBundle();
  const DOMAIN = registry.get("DOMAIN");
  const CORREL = registry.get("CORREL");
  const RANK = registry.get("RANK");
  const DECILE = registry.get("DECILE");

  const rows = readCsv("data/england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
  const { matrix, directions } = indicators(rows);
  for (const method of ["z", "rankit", "minmax", "percentile"]) {
    report(
      `DOMAIN ${method}, IoD2025 33,755 × 20 (bundle)`,
      time(() => DOMAIN(matrix, directions, null, method), { runs: 15 }),
    );
  }

  const income = rows.map((r) => [Number(r.Income_score)]);
  const imd = rows.map((r) => [Number(r.IMD_score)]);
  for (const method of ["pearson", "spearman", "kendall"]) {
    const r = CORREL(income, imd, method)[0][0];
    report(
      `CORREL ${method}, income vs IMD score, 33,755 pairs (bundle)`,
      time(() => CORREL(income, imd, method), { runs: 15 }),
      `r = ${r.toFixed(6)}`,
    );
  }
  report(
    "CORREL kendall + detail (p, CI), 33,755 pairs (bundle)",
    time(() => CORREL(income, imd, "kendall", true), { runs: 15 }),
  );

  const n = 5000;
  const x = income.slice(0, n).map((c) => c[0]);
  const y = imd.slice(0, n).map((c) => c[0]);
  const fast = CORREL(income.slice(0, n), imd.slice(0, n), "kendall")[0][0];
  const slow = naiveKendall(x, y);
  const tFast = time(() => CORREL(income.slice(0, n), imd.slice(0, n), "kendall"), { runs: 15 });
  const tSlow = time(() => naiveKendall(x, y), { runs: 5, warmup: 1 });
  report("CORREL kendall, first 5,000 pairs (bundle, merge sort)", tFast, `τ = ${fast.toFixed(12)}`);
  report(
    "naive O(n²) Kendall loop, same 5,000 pairs (plain JS)",
    tSlow,
    `τ = ${slow.toFixed(12)}, ${(tSlow.median / tFast.median).toFixed(0)}× slower`,
  );

  // Excel's maximum: 1,048,575 rows, the IoD2025 pairs tiled with a small shift so tiles do not tie.
  const big = 1048575;
  const bigX = new Array(big);
  const bigY = new Array(big);
  for (let i = 0; i < big; i++) {
    const k = i % income.length;
    const shift = Math.floor(i / income.length) * 1e-4;
    bigX[i] = [income[k][0] + shift];
    bigY[i] = [imd[k][0] + shift];
  }
  report(
    "CORREL kendall, 1,048,575 pairs (bundle)",
    time(() => CORREL(bigX, bigY, "kendall"), { runs: 3, warmup: 1 }),
    `(n² pairs would be 5.5e11)`,
  );
  report(
    "CORREL spearman, 1,048,575 pairs (bundle)",
    time(() => CORREL(bigX, bigY, "spearman"), { runs: 3, warmup: 1 }),
  );

  const rows2019 = readCsv("data/england/iod2019_lsoa11_File2_domain_ranks_deciles.csv");
  const ranks2019 = rows2019.map((r) => [
    Number(r["Index of Multiple Deprivation (IMD) Rank (where 1 is most deprived)"]),
  ]);
  const districts = rows2019.map((r) => [r["Local Authority District code (2019)"]]);
  report(
    "RANK within 317 districts, IoD2019 32,844 (bundle)",
    time(() => RANK(ranks2019, districts, -1)),
  );
  report(
    "DECILE within 317 districts, IoD2019 32,844 (bundle)",
    time(() => DECILE(ranks2019, districts, 10, -1)),
  );
  report(
    "DECILE national, IoD2019 32,844 (bundle)",
    time(() => DECILE(ranks2019, null, null, -1)),
  );
}
