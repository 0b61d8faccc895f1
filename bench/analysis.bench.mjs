/**
 * The analysis functions through the built bundle, on the IoD2025 input
 * (33,755 LSOAs, published domain ranks, England weights, directions −1):
 * - SENSITIVITY with 200 runs (target ≤ 3 s): each run is a weighted sum of
 *   the seven exponentially transformed domains (computed once) and a rank;
 * - ALLOCATE with floors and caps (target ≤ 50 ms): water-filling for λ and
 *   largest-remainder rounding, need = the IMD score, population = 1,500 per
 *   LSOA varied by ±500 (IoD2025 has no population column), rule "universal".
 */
import { ENGLAND_WEIGHTS, iod2025, loadBundle, report, time } from "./harness.mjs";

export function run() {
  const registry = loadBundle();
  const SENSITIVITY = registry.get("SENSITIVITY");
  const ALLOCATE = registry.get("ALLOCATE");
  const { rows, score } = iod2025();
  const minus = [Array(7).fill(-1)];

  const table = SENSITIVITY(rows, ENGLAND_WEIGHTS, 0.25, 200, 1, minus);
  let widest = 0;
  for (let i = 1; i < table.length; i++) widest = Math.max(widest, table[i][3] - table[i][2]);
  const ts = time(() => SENSITIVITY(rows, ENGLAND_WEIGHTS, 0.25, 200, 1, minus), { runs: 5, warmup: 1 });
  report(
    "SENSITIVITY 200 runs ±25 %, IoD2025 33,755 × 7 (bundle)",
    ts,
    `target ≤ 3000 ms; widest 5–95 % rank interval ${widest.toFixed(0)}`,
  );

  const need = score.map((s) => [s]);
  const population = score.map((_, i) => [1000 + ((i * 7919) % 1001)]);
  const budget = 100_000_000;
  const floor = [[2000]];
  const cap = [[5000]];
  const amounts = ALLOCATE(budget, need, population, "universal", 0.5, floor, cap);
  let total = 0;
  let atFloor = 0;
  let atCap = 0;
  for (const [a] of amounts) {
    total += a;
    if (a === 2000) atFloor++;
    if (a === 5000) atCap++;
  }
  const ta = time(() => ALLOCATE(budget, need, population, "universal", 0.5, floor, cap), { runs: 25 });
  report(
    "ALLOCATE universal, floor 2,000, cap 5,000, 33,755 areas (bundle)",
    ta,
    `target ≤ 50 ms; Σ = ${total} of ${budget}; ${atFloor} at floor, ${atCap} at cap`,
  );
}
