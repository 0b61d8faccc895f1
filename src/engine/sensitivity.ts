import { quantileSorted } from "simple-statistics";
import { weightedSum } from "./composite";
import { coveredCombination, resolveMinCoverage } from "./coverage";
import { DEFAULT_SENSITIVITY_NOISE, DEFAULT_SENSITIVITY_RUNS, DEFAULT_SENSITIVITY_SEED } from "./constants";
import { EngineError } from "./errors";
import { mulberry32 } from "./random";
import { descendingRanksInto } from "./rank";
import { checkDomains, expTransformDomains } from "./score";
import { resolveWeights } from "./weights";

/**
 * Most ranks kept in memory at once (runs × areas): 2^25 whole numbers of 4
 * bytes = 128 MB. 200 runs fit up to 167,772 areas; beyond, fewer runs.
 */
export const MAX_SENSITIVITY_RANKS = 2 ** 25;
/** Most runs in one analysis. */
export const MAX_SENSITIVITY_RUNS = 10000;

export interface SensitivityOptions {
  /** One weight per domain, used as given; default equal weights summing to 1. */
  weights?: ArrayLike<number> | null;
  /** One direction per domain: 1 = higher is more deprived (default), −1 = higher is less deprived. */
  directions?: ArrayLike<number> | null;
  /** f in w′ = w + (2U − 1) f w: 0.25 (default) moves every weight by up to ±25 %. From 0 to 1. */
  noise?: number;
  /** Number of perturbed runs, default 200. */
  runs?: number;
  /** Seed of the generator (a whole number 0 … 4,294,967,295); default 1, so every analysis is reproducible. */
  seed?: number;
  /**
   * Share of the weight (0 < c ≤ 1) an area needs, as in `mdiScore`; default 1. An area scored over part
   * of its domains is, in every run, scored over the same domains with the perturbed weights re-normalised.
   */
  minCoverage?: number | null;
}

export interface SensitivityResult {
  /** Rank with the weights as given (1 = most deprived); NaN for an area missing a weighted domain. */
  readonly nominal: Float64Array;
  /** Median rank over the runs (R's quantile type 7, Excel's PERCENTILE.INC). */
  readonly median: Float64Array;
  /** 5th percentile rank over the runs (the most deprived end of the interval). */
  readonly p5: Float64Array;
  /** 95th percentile rank over the runs. */
  readonly p95: Float64Array;
  /** First weighted domain without a value per area, −1 when complete. */
  readonly missingColumn: Int32Array;
  readonly runs: number;
  /** Share of the weight present per area, when a threshold below 1 was given. */
  readonly coverage?: Float64Array;
}

/**
 * Sensitivity of the ranking to the weights (COINr's weight noise): every run
 * perturbs each weight independently, w′_d = w_d + (2U − 1) · f · w_d with U
 * uniform on [0, 1), recomputes the IoD score Σ w′ X from the exponentially
 * transformed domain ranks X (computed once), and ranks it. Per area the
 * nominal rank and the median, 5th and 95th percentile of its rank over the
 * runs are reported. At f = 0 all four equal the nominal rank.
 *
 * The generator is mulberry32 seeded with `seed`; the draws are taken run by
 * run, domain by domain, so a seed always gives the same result.
 *
 * @see docs/method.md §9; COINr `get_sensitivity` (noise on weights)
 * @example weightSensitivity(domains, { weights: ENGLAND_IOD.weights, noise: 0 }).median // = nominal
 * @throws {EngineError} TOO_FEW_ROWS, LENGTH_MISMATCH, WEIGHT_*, DIRECTION_*, PARAMETER_INVALID (noise not
 *   0 … 1, runs not 1 … 10,000 or more than MAX_SENSITIVITY_RANKS ranks, seed not a whole number ≥ 0, minCoverage)
 */
export function weightSensitivity(
  domains: readonly ArrayLike<number>[],
  options: SensitivityOptions = {},
): SensitivityResult {
  const weights = resolveWeights(options.weights, checkDomains(domains));
  const transformed = expTransformDomains(domains, options.directions);
  const noise = options.noise ?? DEFAULT_SENSITIVITY_NOISE;
  const runs = options.runs ?? DEFAULT_SENSITIVITY_RUNS;
  const seed = options.seed ?? DEFAULT_SENSITIVITY_SEED;
  if (!(noise >= 0 && noise <= 1)) invalid("noise", noise, "0 … 1");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) invalid("seed", seed, "0 … 4294967295");

  const minCoverage = resolveMinCoverage(options.minCoverage);
  const nominalResult =
    minCoverage === 1 ? weightedSum(transformed, weights) : coveredCombination(transformed, weights, minCoverage);
  const { values: nominalScores, missingColumn } = nominalResult;
  const n = nominalScores.length;
  // Only the complete areas take part; `present` maps their compact index to the row.
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (nominalScores[i] === nominalScores[i]) present.push(i);
  const m = present.length;
  const maxRuns = Math.max(1, Math.min(MAX_SENSITIVITY_RUNS, Math.floor(MAX_SENSITIVITY_RANKS / Math.max(m, 1))));
  if (!Number.isInteger(runs) || runs < 1 || runs > maxRuns) invalid("runs", runs, `1 … ${maxRuns}`);

  const columns = transformed.length;
  const compact = transformed.map((x) => Float64Array.from(present, (i) => x[i]));
  // Areas scored over part of their domains (only with minCoverage < 1): their compact index.
  const partial: number[] = [];
  for (let j = 0; j < m; j++) if (missingColumn[present[j]] >= 0) partial.push(j);
  const ranks = new Uint32Array(m * runs); // area-major: one area's runs side by side
  const score = new Float64Array(m);
  const runRanks = new Float64Array(m);
  const perturbed = new Float64Array(columns);
  const random = mulberry32(seed);
  for (let run = 0; run < runs; run++) {
    for (let d = 0; d < columns; d++) perturbed[d] = weights[d] + (2 * random() - 1) * noise * weights[d];
    score.fill(0);
    for (let d = 0; d < columns; d++) {
      const w = perturbed[d];
      if (weights[d] === 0) continue; // as weightedSum: a domain without weight is left out
      const x = compact[d];
      for (let j = 0; j < m; j++) score[j] += w * x[j];
    }
    if (partial.length) rescorePartial(partial, compact, weights, perturbed, score);
    descendingRanksInto(score, runRanks);
    for (let j = 0; j < m; j++) ranks[j * runs + run] = runRanks[j];
  }

  const nominal = new Float64Array(n).fill(NaN);
  const median = new Float64Array(n).fill(NaN);
  const p5 = new Float64Array(n).fill(NaN);
  const p95 = new Float64Array(n).fill(NaN);
  const nominalRanks = descendingRanksInto(
    Float64Array.from(present, (i) => nominalScores[i]),
    new Float64Array(m),
  );
  for (let j = 0; j < m; j++) {
    const i = present[j];
    const own = ranks.subarray(j * runs, (j + 1) * runs).sort();
    nominal[i] = nominalRanks[j];
    median[i] = quantileOfSorted(own, 0.5);
    p5[i] = quantileOfSorted(own, 0.05);
    p95[i] = quantileOfSorted(own, 0.95);
  }
  return { nominal, median, p5, p95, missingColumn, runs, coverage: nominalResult.coverage };
}

/** Σ_present w′·X · Σw′ / Σ_present w′ for the areas that miss a domain (their sum above is NaN). */
function rescorePartial(
  partial: readonly number[],
  compact: readonly Float64Array[],
  weights: ArrayLike<number>,
  perturbed: Float64Array,
  score: Float64Array,
): void {
  let total = 0;
  for (let d = 0; d < perturbed.length; d++) if (weights[d] !== 0) total += perturbed[d];
  for (const j of partial) {
    let sum = 0;
    let present = 0;
    for (let d = 0; d < perturbed.length; d++) {
      const x = compact[d][j];
      if (weights[d] === 0 || x !== x) continue;
      sum += perturbed[d] * x;
      present += perturbed[d];
    }
    score[j] = (sum * total) / present;
  }
}

/**
 * The p-quantile of sorted values, R's type 7 (Excel's PERCENTILE.INC):
 * h = (n − 1) p, interpolating between the values around h. This is
 * simple-statistics' quantileSorted (type 7 since 7.8.9). It reads only
 * `length` and indices, so each area's sorted runs serve as they are, without
 * a copy into the number[] its types ask for.
 * @example quantileOfSorted(Uint32Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export const quantileOfSorted = quantileSorted as (sorted: ArrayLike<number>, p: number) => number;

function invalid(parameter: string, value: number, expected: string): never {
  throw new EngineError("PARAMETER_INVALID", `${parameter} must be within ${expected}, got ${value}`, {
    parameter,
    value,
    expected,
  });
}
