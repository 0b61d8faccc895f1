/**
 * One function's first call in a fresh process, on Excel-shaped input (an
 * array of row arrays, as Excel passes a range): the IoD2025 domain ranks
 * (33,755 × 7) or, at Excel's maximum of 1,048,575 rows, those ranks tiled with
 * a shift that grows down the sheet so tiles do not tie (real-valued, as a
 * sheet of indicators is). Prints one JSON line: wall and CPU milliseconds.
 * SCOREWHOLE and RANKWHOLE: a whole-column reference (=MDI.SCORE(B:H)) with the
 * first ROWS areas on top and the rest of Excel's 1,048,576 rows empty; the line
 * then also gives the size of the result as JSON (what Excel receives). FLOOR: no function, only reading
 * SCORE's 7 columns and returning one cell per row (what no function with a result per area can avoid).
 * Usage: node bench/first-call.mjs FUNCTION ROWS
 */
import { ENGLAND_WEIGHTS, iod2025, loadBundle } from "./harness.mjs";

const [name, rowsArg] = process.argv.slice(2);
const size = Number(rowsArg);
const registry = loadBundle();
const { rows } = iod2025();
/** Area i's value in column c: the IoD2025 rank, shifted by tile so that tiles do not tie. */
const valueAt = (i, c) => (size === rows.length ? rows[i][c] : rows[i % rows.length][c] + (i / rows.length) * 0.5);
/**
 * Only what the function is given is built (as Excel hands a function only its arguments): a one-column
 * function's process does not also hold a 1,048,575 × 7 table, whose garbage collection would be timed too.
 */
const WIDE = new Set(["SCORE", "DOMAIN", "NORMALIZE7", "FLOOR"]);
const table = WIDE.has(name)
  ? size === rows.length
    ? rows
    : Array.from({ length: size }, (_, i) => rows[i % rows.length].map((_, c) => valueAt(i, c)))
  : null;
const column = (c) => Array.from({ length: size }, (_, i) => [valueAt(i, c)]);
/** The first `size` areas, then empty rows (null, as Excel on the web sends them) to the bottom of the sheet. */
const wholeColumns = (width) =>
  Array.from({ length: 1048576 }, (_, i) => (i < size ? rows[i].slice(0, width) : new Array(width).fill(null)));
const minus = [Array(7).fill(-1)];
const f = registry.get(name.replace(/[^A-Z]/g, "").replace(/WHOLE$/, ""));
/**
 * What any function with one result per area must do at the least, nothing computed: read each column of
 * Excel's rows into one buffer, add it to a sum, and return the sums as Excel's rows of one cell.
 */
function floor(rows) {
  const n = rows.length;
  const width = rows[0].length;
  const column = new Float64Array(n);
  const sums = new Float64Array(n);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < n; r++) column[r] = rows[r][c];
    for (let r = 0; r < n; r++) sums[r] += column[r];
  }
  const out = new Array(n);
  for (let r = 0; r < n; r++) out[r] = [sums[r]];
  return out;
}
/** Per function: builds its arguments (only its own), then returns the call to time. */
const CALLS = {
  SCORE: () => () => f(table, ENGLAND_WEIGHTS, "exp", minus),
  FLOOR: () => () => floor(table),
  DOMAIN: () => () => f(table, minus, null, "z"),
  RANK: () => {
    const x = column(0);
    return () => f(x, null, -1);
  },
  DECILE: () => {
    const x = column(0);
    return () => f(x, null, null, -1);
  },
  NORMALIZE: () => {
    const x = column(0);
    return () => f(x, "z", -1);
  },
  NORMALIZE7: () => () => f(table, "z", -1),
  CORREL: () => {
    const x = column(0);
    const y = column(1);
    return () => f(x, y, "kendall");
  },
  SCOREWHOLE: () => {
    const x = wholeColumns(7);
    return () => f(x, ENGLAND_WEIGHTS, "exp", minus);
  },
  RANKWHOLE: () => {
    const x = wholeColumns(1);
    return () => f(x, null, -1);
  },
};
const call = CALLS[name]();
const cpu = process.cpuUsage();
const start = performance.now();
const out = call();
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
if (!Array.isArray(out) || out.length === 0) throw new Error(`${name}: no result`);
const bytes = name.endsWith("WHOLE") ? JSON.stringify(out).length : undefined;
console.log(JSON.stringify({ name, size, wall, cpu: (used.user + used.system) / 1000, bytes }));
