/**
 * =MDI.SCORE through the built bundle: the IoD2025 input (33,755 × 7 published
 * domain ranks, England weights, directions −1) and Excel's maximum of
 * 1,048,575 rows × 7. Optionally the same pipeline in pandas, when a Python
 * with pandas is on the machine (Debian: python3-pandas).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ENGLAND_WEIGHTS, ROOT, iod2025, loadBundle, report, time } from "./harness.mjs";

export function run() {
  const registry = loadBundle();
  const SCORE = registry.get("SCORE");
  const { rows, score } = iod2025();
  const minus = [Array(7).fill(-1)];

  const result = SCORE(rows, ENGLAND_WEIGHTS, "exp", minus);
  let maxError = 0;
  result.forEach((r, i) => (maxError = Math.max(maxError, Math.abs(r[0] - score[i]))));
  const t = time(() => SCORE(rows, ENGLAND_WEIGHTS, "exp", minus), { runs: 25 });
  report("SCORE exp, IoD2025 33,755 × 7 (bundle)", t, `max |Δ| vs published ${maxError.toFixed(5)}`);

  // Excel's maximum: 1,048,575 data rows (plus a header row). Domain values are IoD2025 ranks tiled.
  const big = new Array(1048575);
  for (let i = 0; i < big.length; i++) {
    const source = rows[i % rows.length];
    big[i] = source.map((v) => v + (i / rows.length) * 0.5); // break ties between tiles
  }
  const tb = time(() => SCORE(big, ENGLAND_WEIGHTS, "exp", minus), { runs: 5, warmup: 1 });
  report("SCORE exp, 1,048,575 × 7 (bundle)", tb);

  for (const method of ["mean", "geomean"]) {
    report(
      `SCORE ${method}, IoD2025 33,755 × 7 (bundle)`,
      time(() => SCORE(rows, ENGLAND_WEIGHTS, method, minus)),
    );
  }

  const python = ["/usr/bin/python3", "python3"].find((p) => spawnSync(p, ["-c", "import pandas"]).status === 0);
  if (python && existsSync(resolve(ROOT, "bench/score_pandas.py"))) {
    const out = spawnSync(python, [resolve(ROOT, "bench/score_pandas.py")], { cwd: ROOT, encoding: "utf8" });
    process.stdout.write(out.stdout);
    const m = /median\s+([\d.]+) ms/.exec(out.stdout);
    if (m) console.log(`  → bundle is ${(Number(m[1]) / t.median).toFixed(1)}× faster than pandas on this machine`);
  } else {
    console.log("pandas comparison skipped: no python3 with pandas (Debian: apt-get install python3-pandas)");
  }
}
