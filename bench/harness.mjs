/**
 * Shared bench helpers. The built bundle is loaded in the main realm
 * (vm.runInThisContext with a CustomFunctions stub on globalThis): the same code
 * in a separate vm context runs several times slower (slow global lookups) and
 * would distort every figure.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runInThisContext } from "node:vm";
import os from "node:os";
import Papa from "papaparse";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function loadBundle() {
  const registry = new Map();
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message ?? "");
      this.code = code;
    }
  }
  globalThis.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    associate: (id, fn) => registry.set(id, fn),
  };
  const file = resolve(process.env.MDI_DIST ? resolve(process.env.MDI_DIST) : resolve(ROOT, "dist"), "functions.js");
  runInThisContext(readFileSync(file, "utf8"), { filename: file });
  return registry;
}

export function readCsv(relative) {
  const text = readFileSync(resolve(ROOT, relative), "utf8").replace(/^\uFEFF/, "");
  return Papa.parse(text, { header: true, skipEmptyLines: true }).data;
}

export const IOD2025_RANKS = [
  "Income_rank",
  "Employment_rank",
  "Education_rank",
  "Health_rank",
  "Crime_rank",
  "Housing_and_Services_rank",
  "Environment_rank",
];
export const ENGLAND_WEIGHTS = [[0.225, 0.225, 0.135, 0.135, 0.093, 0.093, 0.093]];

/** IoD2025 domain ranks as Excel passes the range (row-major), and the published scores. */
export function iod2025() {
  const rows = readCsv("data/england/iod2025_lsoa21_imd_and_domains_scores_ranks_deciles.csv");
  return {
    rows: rows.map((r) => IOD2025_RANKS.map((c) => Number(r[c]))),
    score: rows.map((r) => Number(r.IMD_score)),
  };
}

/** Median and spread of `runs` timed calls of `fn` after `warmup` untimed ones, in ms. */
export function time(fn, { runs = 25, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)], min: times[0], max: times[runs - 1], runs };
}

export function machine() {
  return `${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function report(label, t, extra = "") {
  const line = `${label.padEnd(58)} median ${t.median.toFixed(2).padStart(9)} ms  (min ${t.min.toFixed(2)}, max ${t.max.toFixed(2)}, ${t.runs} runs)${extra ? "  " + extra : ""}`;
  console.log(line);
  return line;
}
