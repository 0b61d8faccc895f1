import { EngineError } from "../../engine/errors";
import { domainScore } from "../../engine/domain";
import { groupIds } from "../../engine/groups";
import { imputeByGroup, rowsWithValues } from "../../engine/impute";
import { DEFAULT_QUANTILES } from "../../engine/constants";
import { weightCoverage } from "../../engine/coverage";
import { quantileOfAreas, rankAreas } from "../../engine/areaRanks";
import { mdiScore } from "../../engine/score";
import type { CellValue } from "../../workbook/model";
import type { DataBlock } from "../../workbook/port";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import { activeDomains, fillsFromGroup, indicatorsByDomain, type MdiConfig } from "../model/config";
import type { DomainKey } from "../model/domains";
import { activeWeights } from "../model/validate";

/** One domain's scores and what went into them. */
export interface DomainResult {
  readonly domain: DomainKey;
  /** Indicator column names, in column order. */
  readonly indicators: readonly string[];
  readonly directions: readonly (1 | -1)[];
  /** Higher = more deprived; NaN for an area missing an indicator. */
  readonly values: Float64Array;
}

/** The MDI of every area, computed by the engine, in the rows' order. */
export interface MdiResults {
  readonly rows: number;
  /** Area label per row (the area column's cell as text). */
  readonly areas: readonly string[];
  readonly domains: readonly DomainResult[];
  /** Weight per domain (same order as `domains`). */
  readonly weights: readonly number[];
  readonly score: Float64Array;
  /** 1 = most deprived; NaN without a score. */
  readonly rank: Float64Array;
  readonly decile: Float64Array;
  /** Local deciles when a group column is chosen. */
  readonly groups: {
    readonly column: string;
    /** Group label per row ("" when blank). */
    readonly labels: readonly string[];
    /** Group id per row (−1 = none) and the label of each id. */
    readonly ids: Int32Array;
    readonly names: readonly string[];
    readonly decile: Float64Array;
    /**
     * Groups with 1 to 9 scored areas: their local deciles cannot spread over 1–10 (decile = ⌈10·rank/N⌉,
     * so a group of one puts its area in decile 10), which the pane says in words.
     */
    readonly small: number;
  } | null;
  /** Per area the share of the domain weight whose domain has a score (the coverage column), 0–1. */
  readonly coverage: Float64Array;
  /** Areas without a score. */
  readonly unscored: number;
  /** Why: of the unscored areas, those with no value in any used indicator (the rest fall below the coverage rule). */
  readonly unscoredWithoutData: number;
  /** Inhabitants of the unscored areas; null without a population column. */
  readonly unscoredPopulation: number | null;
  /** Blank indicator cells filled from the group (the missing-value rule's fillFromGroup); 0 when not filling. */
  readonly filled: number;
}

/** Where a computation stopped, with the engine's refusal. */
export type ComputeStage =
  | { kind: "domain"; domain: DomainKey; indicator?: string }
  | { kind: "index" }
  | { kind: "comparator"; column: string };

/** An engine refusal tagged with the domain/indicator it concerns, for a message that says what to fix. */
export class ComputeError extends Error {
  constructor(
    readonly stage: ComputeStage,
    readonly engineError: EngineError,
  ) {
    super(engineError.message);
    this.name = "ComputeError";
  }
}

/** A cell as text for labels (area and group names). */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

/**
 * One numeric column as a Float64Array, blank cells as NaN (missing, never 0).
 * Text cells are refused before computing (validate.ts), so they cannot reach here as numbers.
 */
export function numericColumn(block: DataBlock, index: number): Float64Array {
  const out = new Float64Array(block.rows.length);
  for (let r = 0; r < block.rows.length; r++) {
    const cell = block.rows[r][index];
    out[r] = typeof cell === "number" ? cell : NaN;
  }
  return out;
}

function tagged<T>(stage: ComputeStage, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof EngineError) throw new ComputeError(stage, error);
    throw error;
  }
}

/**
 * Computes the domain scores, the index, ranks and deciles with the engine:
 * the same mathematics as the =MDI.* formulas the pane writes, so values mode
 * writes these numbers and formulas mode uses them for charts and checks.
 * Call only when `problems(config, analysis)` is empty.
 *
 * @throws {ComputeError} naming the domain (and indicator) or the index stage the engine refused
 */
export function computeResults(config: MdiConfig, analysis: DataAnalysis, block: DataBlock): MdiResults {
  const domains = activeDomains(config, analysis);
  const byDomain = indicatorsByDomain(config, analysis);
  const method = config.normalization;
  const rule = config.missing;
  const groupColumn = columnNamed(analysis, config.groupColumn);
  const populationColumn = columnNamed(analysis, config.populationColumn);
  const population = populationColumn ? numericColumn(block, populationColumn.index) : null;
  const grouping = groupColumn
    ? tagged({ kind: "index" }, () => groupIds(block.rows.map((row) => row[groupColumn.index] as string | number)))
    : null;
  const raw = domains.map((domain) =>
    (byDomain.get(domain) ?? []).map((name) => numericColumn(block, columnNamed(analysis, name)!.index)),
  );
  // An area with no figure of its own in any used indicator (a park, a dock) is never filled from its group:
  // its score would rest on its neighbours alone. It stays without a score, counted as "without any figure".
  const indicatorColumns = raw.flat();
  const own = indicatorColumns.length ? rowsWithValues(indicatorColumns, 1) : new Uint8Array(block.rows.length);
  let filled = 0;
  const domainResults: DomainResult[] = domains.map((domain, d) => {
    const indicators = byDomain.get(domain) ?? [];
    const directions = indicators.map((name) => config.indicators[name].direction);
    const columns = raw[d].map((column, c) => {
      if (!fillsFromGroup(config) || !grouping) return column;
      const imputation = tagged({ kind: "domain", domain, indicator: indicators[c] }, () =>
        imputeByGroup(column, grouping.ids, grouping.count, population, own),
      );
      for (let i = 0; i < column.length; i++) filled += imputation.imputed[i];
      return imputation.values;
    });
    const values = tagged({ kind: "domain", domain }, () => {
      try {
        return domainScore(columns, { directions, method, minCoverage: rule.indicators }).values;
      } catch (error) {
        const column = error instanceof EngineError ? error.details.column : undefined;
        if (error instanceof EngineError && column !== undefined && indicators[column]) {
          throw new ComputeError({ kind: "domain", domain, indicator: indicators[column] }, error);
        }
        throw error;
      }
    });
    return { domain, indicators, directions, values };
  });

  const weights = activeWeights(config, analysis);
  const index = tagged({ kind: "index" }, () =>
    mdiScore(
      domainResults.map((d) => d.values),
      { weights, method: config.method, minCoverage: rule.domains },
    ),
  );
  const score = index.values;
  const { rank, decile } = tagged({ kind: "index" }, () => ({
    rank: rankAreas(score).ranks,
    decile: quantileOfAreas(score),
  }));

  const areaIndex = columnNamed(analysis, config.areaColumn)?.index ?? -1;
  const areas = block.rows.map((row) => (areaIndex >= 0 ? cellText(row[areaIndex]) : ""));

  let groups: MdiResults["groups"] = null;
  if (groupColumn && grouping) {
    const ids = grouping;
    const scoredPerGroup = new Int32Array(ids.count);
    for (let i = 0; i < score.length; i++)
      if (ids.ids[i] >= 0 && Number.isFinite(score[i])) scoredPerGroup[ids.ids[i]]++;
    groups = {
      small: scoredPerGroup.filter((n) => n > 0 && n < DEFAULT_QUANTILES).length,
      column: groupColumn.name,
      labels: block.rows.map((row) => cellText(row[groupColumn.index])),
      ids: ids.ids,
      names: ids.codes.map((code) => String(code)),
      decile: tagged({ kind: "index" }, () => quantileOfAreas(score, { groups: ids.ids, groupCount: ids.count })),
    };
  }

  const coverage = tagged({ kind: "index" }, () =>
    weightCoverage(
      domainResults.map((d) => d.values),
      weights,
    ),
  );
  let unscored = 0;
  let unscoredWithoutData = 0;
  let unscoredPopulation = population ? 0 : null;
  for (let i = 0; i < score.length; i++) {
    if (Number.isFinite(score[i])) continue;
    unscored++;
    unscoredWithoutData += 1 - own[i];
    if (population && unscoredPopulation !== null && Number.isFinite(population[i]))
      unscoredPopulation += population[i];
  }
  return {
    rows: block.rows.length,
    areas,
    domains: domainResults,
    weights,
    score,
    rank,
    decile,
    groups,
    coverage,
    unscored,
    unscoredWithoutData,
    unscoredPopulation,
    filled,
  };
}
