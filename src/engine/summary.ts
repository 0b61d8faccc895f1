import { countPresent } from "./columns";
import { DEFAULT_QUANTILES, EXTENT_WEIGHTS, LOCAL_CONCENTRATION_SHARE } from "./constants";
import { EngineError } from "./errors";
import { rankDescending } from "./rank";
import { sortAscending } from "./sortOrder";

/**
 * Summaries of small areas (LSOAs, buurten) for the larger areas that hold
 * them (districts, gemeenten): the measures of the IoD's Appendix N.
 *
 * With P_i the population, r_i the national rank (1 = most deprived), N the
 * number of ranked areas and r′_i = N + 1 − r_i (most deprived = N):
 *
 * - average rank  Σ P r′ / Σ P (higher = more deprived);
 * - average score Σ P S / Σ P;
 * - proportion    share of the group's areas in national decile 1 (unweighted);
 * - extent        Σ P ω(p) / Σ P with p = ceil(100 r / N) and ω from EXTENT_WEIGHTS;
 * - local concentration: population-weighted mean r′ of the group's most
 *   deprived areas that hold exactly 10 % of its population (the last one in part).
 *
 * @see docs/method.md §6; English Indices of Deprivation 2019 Technical Report, Appendix N
 */
export interface LargerAreaSummaryOptions {
  /** Population per area; default 1 each (every measure then counts areas). */
  population?: ArrayLike<number> | null;
  /** National rank per area (1 = most deprived); default: ranks of the scores, descending, ties at the minimum. */
  ranks?: ArrayLike<number> | null;
}

/**
 * Why a group has no measures: an area without a population, no area with a score (and rank), or no
 * inhabitants in the areas that have one.
 */
export type SummaryProblem =
  | { readonly kind: "missing"; readonly row: number; readonly parameter: "population" }
  | { readonly kind: "noScores" }
  | { readonly kind: "noPopulation" };

export interface LargerAreaSummary {
  /** Number of areas in the group (scored or not). */
  readonly areas: number;
  /** Σ P over the group (NaN when an area has no population). */
  readonly population: number;
  /**
   * Share of the group's population in areas with a score (with a rank too when ranks are given); without
   * a population, the share of its areas. NaN when the group's population is unknown or 0.
   */
  readonly coverage: number;
  readonly averageScore: number;
  readonly averageRank: number;
  readonly proportionMostDeprived: number;
  readonly extent: number;
  readonly localConcentration: number;
  /** Null when the measures are computed; otherwise why they are NaN. */
  readonly problem: SummaryProblem | null;
}

export interface LargerAreaSummaries {
  /** One summary per group id, in id order. */
  readonly groups: readonly LargerAreaSummary[];
  /** N: the number of areas ranked nationally (areas without a group count too). */
  readonly rankedAreas: number;
}

/**
 * Extent weight of a national percentile p (1 = the most deprived 1 %).
 * @example extentWeight(10) // 1
 * @example extentWeight(11) // 0.95
 * @example extentWeight(30) // 0.05
 * @example extentWeight(31) // 0
 */
export function extentWeight(percentile: number): number {
  const { fullUpTo, slopeFrom, slopeTo, start, fall } = EXTENT_WEIGHTS;
  if (percentile <= fullUpTo) return 1;
  if (percentile <= slopeTo) return start - fall * (percentile - slopeFrom);
  return 0;
}

/**
 * The Appendix N measures of every group.
 *
 * Areas with group id −1 belong to no group but still count in the national
 * ranking. A group is summarised over its scored areas (a score, and a rank
 * when ranks are given; docs/method.md §5): an area without one takes no part
 * in the measures — a missing value is never read as 0 or as "least deprived"
 * — and `coverage` says how much of the group the measures stand for. A group
 * with an area lacking a population, or without any scored area, gets NaN
 * measures and `problem` says why.
 *
 * @param scores score per area (higher = more deprived)
 * @param groups group id per area (0 … groupCount − 1, −1 = none), e.g. from `groupIds`
 * @example
 *   // docs/method.md worked example D: 100 areas ranked 1 … 100; the district (group 0) holds the
 *   // areas ranked 5, 12, 25 and 60 (scores 60, 45, 30, 10; population 1500, 1000, 2000, 1500),
 *   // the other 96 areas have group −1.
 *   summarizeLargerAreas(scores, groups, 1, { ranks, population }).groups[0]
 *   // { averageRank: 74.4167, averageScore: 35, proportionMostDeprived: 0.25, extent: 0.496053,
 *   //   localConcentration: 96, areas: 4, population: 6000, problem: null }
 * @throws {EngineError} LENGTH_MISMATCH, NUMBER_INVALID (an infinite
 *   population or score), PARAMETER_INVALID (a negative population, a rank that is not a whole number from 1 to N)
 */
export function summarizeLargerAreas(
  scores: ArrayLike<number>,
  groups: Int32Array,
  groupCount: number,
  options: LargerAreaSummaryOptions = {},
): LargerAreaSummaries {
  const n = scores.length;
  requireLength(groups, n, "groups");
  const population = options.population ?? null;
  if (population) requireLength(population, n, "population");
  if (options.ranks) requireLength(options.ranks, n, "ranks");
  for (let i = 0; i < n; i++) {
    requireFinite(scores[i], i, "scores");
    if (population) {
      requireFinite(population[i], i, "population");
      if (population[i] < 0) {
        throw new EngineError("PARAMETER_INVALID", `population in row ${i + 1} is negative`, {
          parameter: "population",
          row: i,
          value: population[i],
          expected: "≥ 0",
        });
      }
    }
  }
  const { ranks, rankedAreas } = nationalRanks(scores, options.ranks ?? null);

  const areas = new Float64Array(groupCount);
  const totalPopulation = new Float64Array(groupCount);
  const scoreSum = new Float64Array(groupCount);
  const rankSum = new Float64Array(groupCount);
  const mostDeprived = new Float64Array(groupCount);
  const extentSum = new Float64Array(groupCount);
  const scoredAreas = new Float64Array(groupCount);
  const scoredPopulation = new Float64Array(groupCount);
  const scored = new Uint8Array(n);
  const problems: (SummaryProblem | null)[] = new Array(groupCount).fill(null);
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    if (g < 0) continue;
    areas[g]++;
    const p = population ? population[i] : 1;
    const s = scores[i];
    const r = ranks[i];
    totalPopulation[g] += p; // NaN when an area has no population: the total is unknown then
    if (problems[g]) continue;
    if (p !== p) {
      problems[g] = { kind: "missing", row: i, parameter: "population" };
      continue;
    }
    if (s !== s || r !== r) continue; // not scored: outside the measures, inside the coverage
    scored[i] = 1;
    scoredAreas[g]++;
    scoredPopulation[g] += p;
    scoreSum[g] += p * s;
    rankSum[g] += p * (rankedAreas + 1 - r);
    if (Math.ceil((DEFAULT_QUANTILES * r) / rankedAreas) === 1) mostDeprived[g]++;
    extentSum[g] += p * extentWeight(Math.ceil((100 * r) / rankedAreas));
  }
  for (let g = 0; g < groupCount; g++) {
    if (problems[g]) continue;
    if (scoredAreas[g] === 0) problems[g] = { kind: "noScores" };
    else if (!(scoredPopulation[g] > 0)) problems[g] = { kind: "noPopulation" };
  }
  const concentration = localConcentrations(
    ranks,
    rankedAreas,
    groups,
    groupCount,
    scored,
    population,
    scoredPopulation,
  );

  const summaries: LargerAreaSummary[] = new Array(groupCount);
  for (let g = 0; g < groupCount; g++) {
    const problem = problems[g];
    const P = scoredPopulation[g];
    const ok = problem === null;
    const whole = totalPopulation[g];
    summaries[g] = {
      areas: areas[g],
      population: whole,
      coverage: population ? (whole > 0 ? P / whole : NaN) : scoredAreas[g] / areas[g],
      averageScore: ok ? scoreSum[g] / P : NaN,
      averageRank: ok ? rankSum[g] / P : NaN,
      proportionMostDeprived: ok ? mostDeprived[g] / scoredAreas[g] : NaN,
      extent: ok ? extentSum[g] / P : NaN,
      localConcentration: ok ? concentration[g] : NaN,
      problem,
    };
  }
  return { groups: summaries, rankedAreas };
}

/**
 * Population-weighted mean r′ of each group's most deprived scored areas holding
 * LOCAL_CONCENTRATION_SHARE of its scored population: one pass over all areas
 * from the most deprived, each group taking population until it has its share.
 */
function localConcentrations(
  ranks: Float64Array,
  rankedAreas: number,
  groups: Int32Array,
  groupCount: number,
  scored: Uint8Array,
  population: ArrayLike<number> | null,
  totalPopulation: Float64Array,
): Float64Array {
  const target = new Float64Array(groupCount);
  for (let g = 0; g < groupCount; g++) target[g] = LOCAL_CONCENTRATION_SHARE * totalPopulation[g];
  const taken = new Float64Array(groupCount);
  const weighted = new Float64Array(groupCount);
  const { order, sorted, count } = sortAscending(ranks);
  for (let j = 0; j < count; j++) {
    const i = order[j];
    const g = groups[i];
    if (g < 0 || !scored[i] || taken[g] >= target[g]) continue;
    const p = population ? population[i] : 1;
    const share = Math.min(p, target[g] - taken[g]);
    taken[g] += share;
    weighted[g] += share * (rankedAreas + 1 - sorted[j]);
  }
  for (let g = 0; g < groupCount; g++) weighted[g] /= taken[g];
  return weighted;
}

/** The given ranks, checked to be whole numbers 1 … N, or the descending ranks of the scores. */
function nationalRanks(
  scores: ArrayLike<number>,
  given: ArrayLike<number> | null,
): { ranks: Float64Array; rankedAreas: number } {
  // With nothing ranked every group is incomplete and says so; no division by N = 0 is reached.
  if (!given) return { ranks: rankDescending(scores), rankedAreas: countPresent(scores) };
  const ranks = Float64Array.from(given);
  const rankedAreas = countPresent(ranks);
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    if (r === r && !(Number.isInteger(r) && r >= 1 && r <= rankedAreas)) {
      throw new EngineError("PARAMETER_INVALID", `rank ${r} in row ${i + 1} is not a whole number from 1 to N`, {
        parameter: "ranks",
        row: i,
        value: r,
        expected: `1 … ${rankedAreas}`,
      });
    }
  }
  return { ranks, rankedAreas };
}

function requireLength(values: ArrayLike<unknown>, expected: number, parameter: string): void {
  if (values.length !== expected) {
    throw new EngineError("LENGTH_MISMATCH", `${parameter} needs one value per area`, {
      parameter,
      expected,
      actual: values.length,
    });
  }
}

function requireFinite(value: number, row: number, parameter: string): void {
  if (value === Infinity || value === -Infinity) {
    throw new EngineError("NUMBER_INVALID", `${parameter} in row ${row + 1} is infinite`, { parameter, row, value });
  }
}
