import { DEFAULT_QUANTILES } from "../../engine/constants";
import { EngineError } from "../../engine/errors";
import { sortAscending } from "../../engine/sortOrder";
import { stackDeprivation } from "../../engine/stack";
import type { DataBlock } from "../../workbook/port";
import type { MdiTable } from "../allocation/mdiTable";
import { computeCorrelations, type CorrelationRow } from "../compute/correlations";
import { numericColumn } from "../compute/results";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import type { MdiConfig } from "../model/config";

/**
 * The numbers of a briefing, from the MDI results the workbook holds (read
 * back from the MDI sheet) and the data they were computed from: key figures,
 * the most and least deprived areas and how the most deprived differ from the
 * rest on every indicator (the seed study's comparison of Almelo's top 10
 * buurten with the others), the decile distribution, stacking of deprivation
 * across domains, and the strongest correlations with comparison indicators.
 */

/** How many areas the top and bottom lists hold (fewer when the data has fewer than twice as many). */
export const BRIEFING_TOP = 10;

/** How many correlations the briefing shows, strongest first. */
export const BRIEFING_CORRELATIONS = 5;

export interface AreaLine {
  readonly area: string;
  readonly rank: number;
  readonly score: number;
  readonly decile: number;
}

export interface IndicatorComparison {
  readonly column: string;
  /** Mean over the top areas with a value (NaN when none has one). */
  readonly top: number;
  /** Mean over the other scored areas with a value. */
  readonly rest: number;
  /** 1 = higher is more deprived, −1 = higher is less deprived (as set for the index), 0 = not an indicator. */
  readonly direction: 1 | -1 | 0;
}

export interface Briefing {
  /** Areas in the data, and those with a score. */
  readonly areas: number;
  readonly scored: number;
  /** Inhabitants of all areas (null without a population column). */
  readonly population: number | null;
  /** Unweighted mean MDI score of the scored areas. */
  readonly meanScore: number;
  /** Areas in national decile 1, and the share of the inhabitants of scored areas living in them. */
  readonly decile1Areas: number;
  readonly decile1PopulationShare: number | null;
  readonly most: readonly AreaLine[];
  readonly least: readonly AreaLine[];
  readonly comparison: readonly IndicatorComparison[];
  /** Deciles 1 … 10: areas and inhabitants (null without a population column). */
  readonly deciles: ReadonlyArray<{
    readonly decile: number;
    readonly areas: number;
    readonly population: number | null;
  }>;
  /** Number of domains; per count 0 … domains, the areas in decile 1 of that many domains (areas missing one left out). */
  readonly domains: number;
  readonly stacking: ReadonlyArray<{ readonly count: number; readonly areas: number }>;
  /** Areas in the most deprived decile of at least two domains. */
  readonly stacked: number;
  /** Strongest first; at most BRIEFING_CORRELATIONS. */
  readonly correlations: readonly CorrelationRow[];
  /** Comparison indicators the correlation could not be computed for. */
  readonly correlationsFailed: readonly string[];
}

export interface BriefingInput {
  readonly table: MdiTable;
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  readonly config: MdiConfig;
}

function mean(values: Float64Array, rows: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j]];
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  return count ? sum / count : NaN;
}

/**
 * The briefing's numbers. The MDI table and the data must have the same rows in the same order (the MDI sheet is
 * written that way).
 *
 * @example briefingData({ table, data, analysis, config }).most[0].rank // 1
 * @throws {EngineError} LENGTH_MISMATCH when the MDI sheet and the data hold different numbers of areas
 */
export function briefingData({ table, data, analysis, config }: BriefingInput): Briefing {
  const n = data.rows.length;
  if (table.rows !== n) {
    throw new EngineError("LENGTH_MISMATCH", "the MDI sheet and the data hold different numbers of areas", {
      parameter: "rows",
      expected: n,
      actual: table.rows,
    });
  }
  const { score, rank, decile } = table;
  const populationInfo = columnNamed(analysis, config.populationColumn);
  const population = populationInfo ? numericColumn(data, populationInfo.index) : null;

  // Scored areas from rank 1 (the most deprived) up; equal ranks keep the data's order.
  const byRank = sortAscending(rank).order;
  const scoredRows: number[] = [];
  for (let j = 0; j < byRank.length; j++) if (Number.isFinite(score[byRank[j]])) scoredRows.push(byRank[j]);
  const scored = scoredRows.length;
  const size = Math.min(BRIEFING_TOP, Math.floor(scored / 2));
  const line = (i: number): AreaLine => ({ area: table.areas[i], rank: rank[i], score: score[i], decile: decile[i] });
  const topRows = scoredRows.slice(0, size);
  const most = topRows.map(line);
  const least = scoredRows
    .slice(scored - size)
    .reverse()
    .map(line);

  // Top areas against the other scored areas, on every numeric column of the data.
  const top = new Set(topRows);
  const restRows = scoredRows.filter((i) => !top.has(i));
  const comparison = analysis.numericColumns.map((name): IndicatorComparison => {
    const values = numericColumn(data, columnNamed(analysis, name)!.index);
    const choice = config.indicators[name];
    return {
      column: name,
      top: mean(values, topRows),
      rest: mean(values, restRows),
      direction: choice?.domain ? choice.direction : 0,
    };
  });

  let scoreSum = 0;
  let people = 0;
  let peopleKnown = population !== null;
  const deciles = Array.from({ length: DEFAULT_QUANTILES }, (_, d) => ({ decile: d + 1, areas: 0, population: 0 }));
  for (const i of scoredRows) {
    scoreSum += score[i];
    const d = decile[i];
    if (!(d >= 1 && d <= DEFAULT_QUANTILES)) continue;
    deciles[d - 1].areas++;
    if (population) {
      const p = population[i];
      if (Number.isFinite(p)) deciles[d - 1].population += p;
      else peopleKnown = false;
    }
  }
  if (population) for (let i = 0; i < n; i++) if (Number.isFinite(population[i])) people += population[i];
  const scoredPeople = deciles.reduce((sum, d) => sum + d.population, 0);

  // Stacking: in how many domains each area is among the most deprived 10 %.
  const domainCount = table.domains.length;
  const stacking = Array.from({ length: domainCount + 1 }, (_, count) => ({ count, areas: 0 }));
  let stacked = 0;
  if (domainCount > 0) {
    const counts = stackDeprivation(
      table.domains.map((d) => d.values),
      { k: 1 },
    ).counts;
    for (let i = 0; i < n; i++) {
      const c = counts[i];
      if (!Number.isFinite(c)) continue;
      stacking[c].areas++;
      if (c >= 2) stacked++;
    }
  }

  // Correlations with the chosen comparison indicators, else with every column not in the index.
  const candidates = analysis.numericColumns.filter((c) => !config.indicators[c]?.domain);
  const comparators = config.comparators.length ? config.comparators : candidates;
  const outcome = computeCorrelations(score, data, analysis, comparators);

  return {
    areas: n,
    scored,
    population: population ? people : null,
    meanScore: scored ? scoreSum / scored : NaN,
    decile1Areas: deciles[0].areas,
    decile1PopulationShare: population && peopleKnown && scoredPeople > 0 ? deciles[0].population / scoredPeople : null,
    most,
    least,
    comparison,
    deciles: deciles.map((d) => ({ ...d, population: population ? d.population : null })),
    domains: domainCount,
    stacking,
    stacked,
    correlations: outcome.rows.slice(0, BRIEFING_CORRELATIONS),
    correlationsFailed: outcome.failed.map((f) => f.column),
  };
}
