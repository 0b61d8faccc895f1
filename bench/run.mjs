/**
 * `npm run bench`: every benchmark, figures printed. Run after `npm run build`
 * (the npm script does). Each file exports run(); add new ones to BENCHES.
 */
import { machine } from "./harness.mjs";

const BENCHES = [
  "./score.bench.mjs",
  "./functions.bench.mjs",
  "./analysis.bench.mjs",
  "./preview.bench.mjs",
  "./taskpane.bench.mjs",
];
const only = process.argv.slice(2);

console.log(`MDI for Excel benchmarks — ${machine()}\n`);
for (const file of BENCHES) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const module = await import(file);
  await module.run();
  console.log("");
}
