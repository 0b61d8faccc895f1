/**
 * One function's first call in a fresh process, on Excel-shaped input (an
 * array of row arrays, as Excel passes a range): the IoD2025 domain ranks
 * (33,755 × 7) or, at Excel's maximum of 1,048,575 rows, those ranks tiled with
 * a shift that grows down the sheet so tiles do not tie (real-valued, as a
 * sheet of indicators is). Prints one JSON line: wall and CPU milliseconds.
 * Usage: node bench/first-call.mjs FUNCTION ROWS
 */
import { ENGLAND_WEIGHTS, iod2025, loadBundle } from "./harness.mjs";

const [name, rowsArg] = process.argv.slice(2);
const size = Number(rowsArg);
const registry = loadBundle();
const { rows } = iod2025();
const table =
  size === rows.length
    ? rows
    : Array.from({ length: size }, (_, i) => rows[i % rows.length].map((v) => v + (i / rows.length) * 0.5));
const column = (c) => table.map((row) => [row[c]]);
const minus = [Array(7).fill(-1)];
const f = registry.get(name.replace(/[^A-Z]/g, ""));
const CALLS = {
  SCORE: () => f(table, ENGLAND_WEIGHTS, "exp", minus),
  DOMAIN: () => f(table, minus, null, "z"),
  RANK: (
    (x) => () =>
      f(x, null, -1)
  )(column(0)),
  DECILE: (
    (x) => () =>
      f(x, null, null, -1)
  )(column(0)),
  NORMALIZE: (
    (x) => () =>
      f(x, "z", -1)
  )(column(0)),
  NORMALIZE7: () => f(table, "z", -1),
  CORREL: (
    (x, y) => () =>
      f(x, y, "kendall")
  )(column(0), column(1)),
};
const call = CALLS[name];
const cpu = process.cpuUsage();
const start = performance.now();
const out = call();
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
if (!Array.isArray(out) || out.length === 0) throw new Error(`${name}: no result`);
console.log(JSON.stringify({ name, size, wall, cpu: (used.user + used.system) / 1000 }));
