import { quantileOfAreas } from "../../engine/areaRanks";
import { DEFAULT_QUANTILES } from "../../engine/constants";
import { domainScore } from "../../engine/domain";
import { EngineError } from "../../engine/errors";
import { coveredCombination, resolveMinCoverage } from "../../engine/coverage";
import { normalizedWeights, resolveWeights } from "../../engine/weights";
import { trendByQuantile, type TrendGroup } from "../../engine/trend";
import type { DataBlock } from "../../workbook/port";
import { cellText, ComputeError, numericColumn } from "../compute/results";
import type { DataAnalysis } from "../model/analyze";
import { activeDomains, indicatorsByDomain, readWeight, type MdiConfig } from "../model/config";
import type { DomainKey } from "../model/domains";

/**
 * The MDI over time (docs/method.md §4, "Change over time"): the current data is the later period, another
 * table of the workbook the earlier one. Indicators are matched by header, areas by their code; both periods
 * are normalised against the earlier one (fixed goalposts) and the domains combined as a weighted mean, so a
 * change is absolute, in units of the earlier period's spread (negative = less deprived). Deciles are of
 * each period's own MDI among the areas with both scores: a change of decile is relative.
 */

/** How a later indicator is matched: the earlier table's column with the same header, or the user's choice. */
export type IndicatorMatches = Readonly<Record<string, string | null>>;

/** The earlier table's column for each indicator in use: same header (ignoring case and spaces) by default. */
export function defaultMatches(indicators: readonly string[], earlier: DataAnalysis): Record<string, string | null> {
  const byKey = new Map(earlier.numericColumns.map((name) => [headerKey(name), name]));
  return Object.fromEntries(indicators.map((name) => [name, byKey.get(headerKey(name)) ?? null]));
}

function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The column that identifies an area in both tables: a column whose header says "code" (Buurtcode,
 * GM_CODE …) present in both, else the area column. Null when the earlier table has neither.
 */
export function areaKeyColumn(later: DataAnalysis, earlier: DataAnalysis, areaColumn: string | null): string | null {
  const earlierNames = new Set(earlier.columns.map((c) => headerKey(c.name)));
  const code = later.columns.find((c) => /code/i.test(c.name) && earlierNames.has(headerKey(c.name)));
  if (code) return code.name;
  return areaColumn && earlierNames.has(headerKey(areaColumn)) ? areaColumn : null;
}

export interface DomainChange {
  readonly domain: DomainKey;
  /** Mean of (later − earlier) over the areas with the domain in both periods; NaN when none. */
  readonly meanChange: number;
  readonly improved: number;
  readonly worsened: number;
  readonly areas: number;
}

export interface TrendArea {
  readonly key: string;
  readonly name: string;
  readonly group: string;
  readonly earlier: number;
  readonly later: number;
  /** later − earlier (NaN without both). */
  readonly change: number;
  readonly earlierDecile: number;
  readonly laterDecile: number;
}

export interface TrendResults {
  readonly keyColumn: string;
  /** Later indicator → earlier column, only the matched ones. */
  readonly matched: ReadonlyArray<readonly [string, string]>;
  /** Later indicators in use without an earlier column. */
  readonly unmatchedIndicators: readonly string[];
  /** Domains left out because none of their indicators has an earlier column. */
  readonly droppedDomains: readonly DomainKey[];
  /** One row per area of the later data that the earlier table also has, in the later data's order. */
  readonly areas: readonly TrendArea[];
  /** Area keys of one period that the other does not have. */
  readonly onlyLater: readonly string[];
  readonly onlyEarlier: readonly string[];
  /** Areas with a score in both periods. */
  readonly bothScored: number;
  /** transitions[e][l]: areas in earlier decile e + 1 and later decile l + 1. */
  readonly transitions: readonly (readonly number[])[];
  /** Mean change by earlier decile ("two speeds"). */
  readonly speeds: readonly TrendGroup[];
  readonly domains: readonly DomainChange[];
  /** Areas in the most deprived decile in both periods. */
  readonly persistent: readonly TrendArea[];
  /** The group column's values per matched area are shown when the data has one. */
  readonly groupColumn: string | null;
}

/** How the areas of two periods are matched, for the pane (before computing) and for the trend. */
export interface AreaMatching {
  readonly keyColumn: string;
  readonly laterKey: number;
  readonly laterRows: ReadonlyMap<string, number>;
  readonly earlierRows: ReadonlyMap<string, number>;
  /** Keys both periods have, in the later data's order. */
  readonly keys: readonly string[];
  /**
   * Areas one period has and the other not, as their codes; with CBS's "Indelingswijziging" (boundary
   * change) code beside them when that table has the column: "BU03630208 (Indelingswijziging: 2)".
   */
  readonly onlyLater: readonly string[];
  readonly onlyEarlier: readonly string[];
}

/** The areas of both periods matched by their code column (or the area column); null when there is none. */
export function matchAreas(
  later: { data: DataBlock; analysis: DataAnalysis },
  earlier: { data: DataBlock; analysis: DataAnalysis },
  areaColumn: string | null,
): AreaMatching | null {
  const keyColumn = areaKeyColumn(later.analysis, earlier.analysis, areaColumn);
  if (!keyColumn) return null;
  const laterKey = later.analysis.columns.find((c) => c.name === keyColumn)!.index;
  const earlierKey = earlier.analysis.columns.find((c) => headerKey(c.name) === headerKey(keyColumn))!.index;
  const laterRows = rowsByKey(later.data, laterKey);
  const earlierRows = rowsByKey(earlier.data, earlierKey);
  const only = (
    period: { data: DataBlock; analysis: DataAnalysis },
    rows: Map<string, number>,
    key: number,
    other: Map<string, number>,
  ) => {
    const boundary = period.analysis.columns.find((c) => /indelingswijziging/i.test(c.name));
    return [...rows.keys()]
      .filter((k) => !other.has(k))
      .map((k) => {
        const row = period.data.rows[rows.get(k)!];
        const code = cellText(row[key]);
        const change = boundary ? cellText(row[boundary.index]) : "";
        return change ? `${code} (${boundary!.name}: ${change})` : code;
      });
  };
  return {
    keyColumn,
    laterKey,
    laterRows,
    earlierRows,
    keys: [...laterRows.keys()].filter((k) => earlierRows.has(k)),
    onlyLater: only(later, laterRows, laterKey, earlierRows),
    onlyEarlier: only(earlier, earlierRows, earlierKey, laterRows),
  };
}

/** Rows by key value (text, trimmed, case ignored); a key seen twice keeps its first row. */
function rowsByKey(block: DataBlock, index: number): Map<string, number> {
  const rows = new Map<string, number>();
  block.rows.forEach((row, r) => {
    const key = cellText(row[index]).toUpperCase();
    if (key && !rows.has(key)) rows.set(key, r);
  });
  return rows;
}

function tagged<T>(domain: DomainKey | null, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof EngineError)
      throw new ComputeError(domain ? { kind: "domain", domain } : { kind: "index" }, error);
    throw error;
  }
}

/**
 * Compares the later data (the pane's current data and configuration) with an earlier table.
 * @throws {ComputeError} when the engine refuses a domain (for example an indicator without spread in the
 *   earlier period)
 */
export function computeTrend(
  config: MdiConfig,
  later: { data: DataBlock; analysis: DataAnalysis },
  earlier: { data: DataBlock; analysis: DataAnalysis },
  matches: IndicatorMatches,
): TrendResults | null {
  const matching = matchAreas(later, earlier, config.areaColumn);
  if (!matching) return null;
  const { keyColumn, laterKey, laterRows, earlierRows, keys } = matching;
  const earlierIndex = new Map(earlier.analysis.columns.map((c) => [c.name, c.index]));
  const laterIndex = new Map(later.analysis.columns.map((c) => [c.name, c.index]));

  // The matched areas' values, in the later data's order: one column per period.
  const pick = (block: DataBlock, rows: ReadonlyMap<string, number>, column: number) => {
    const all = numericColumn(block, column);
    return Float64Array.from(keys, (k) => all[rows.get(k)!]);
  };

  const byDomain = indicatorsByDomain(config, later.analysis);
  const matched: Array<readonly [string, string]> = [];
  const unmatchedIndicators: string[] = [];
  const droppedDomains: DomainKey[] = [];
  const kept: Array<{ domain: DomainKey; weight: number; earlier: Float64Array; later: Float64Array }> = [];
  for (const domain of activeDomains(config, later.analysis)) {
    const indicators = (byDomain.get(domain) ?? []).filter((name) => {
      const match = matches[name];
      if (match && earlierIndex.has(match)) {
        matched.push([name, match]);
        return true;
      }
      unmatchedIndicators.push(name);
      return false;
    });
    if (indicators.length === 0) {
      droppedDomains.push(domain);
      continue;
    }
    const directions = indicators.map((name) => config.indicators[name].direction);
    const earlierColumns = indicators.map((name) => pick(earlier.data, earlierRows, earlierIndex.get(matches[name]!)!));
    const laterColumns = indicators.map((name) => pick(later.data, laterRows, laterIndex.get(name)!));
    const options = {
      directions,
      method: config.normalization,
      minCoverage: config.missing.indicators,
      reference: earlierColumns,
    };
    kept.push({
      domain,
      weight: readWeight(config.weights[domain]).value,
      earlier: tagged(domain, () => domainScore(earlierColumns, options).values),
      later: tagged(domain, () => domainScore(laterColumns, options).values),
    });
  }
  const weights = kept.map((d) => d.weight);
  // The weighted mean of the goalpost domain scores as they are: =MDI.SCORE's "mean" would standardise them
  // again within each period, and the change would be relative again.
  const combine = (period: "earlier" | "later") =>
    tagged(
      null,
      () =>
        coveredCombination(
          kept.map((d) => d[period]),
          normalizedWeights(resolveWeights(weights, weights.length)),
          resolveMinCoverage(config.missing.domains),
        ).values,
    );
  const before = kept.length ? combine("earlier") : new Float64Array(keys.length).fill(NaN);
  const after = kept.length ? combine("later") : new Float64Array(keys.length).fill(NaN);
  // Deciles of each period among the areas scored in both, so the transition table counts each once.
  const both = Float64Array.from(keys, (_, i) => (Number.isFinite(before[i]) && Number.isFinite(after[i]) ? 1 : 0));
  const onlyBoth = (values: Float64Array) => values.map((v, i) => (both[i] ? v : NaN));
  const bothScored = both.reduce((a, b) => a + b, 0);
  const earlierDecile = bothScored ? tagged(null, () => quantileOfAreas(onlyBoth(before))) : before.map(() => NaN);
  const laterDecile = bothScored ? tagged(null, () => quantileOfAreas(onlyBoth(after))) : after.map(() => NaN);

  const nameIndex = later.analysis.columns.find((c) => c.name === config.areaColumn)?.index ?? laterKey;
  const groupColumn = config.groupColumn;
  const groupIndex = later.analysis.columns.find((c) => c.name === groupColumn)?.index ?? -1;
  const areas: TrendArea[] = keys.map((k, i) => {
    const row = later.data.rows[laterRows.get(k)!];
    return {
      key: cellText(row[laterKey]),
      name: cellText(row[nameIndex]),
      group: groupIndex >= 0 ? cellText(row[groupIndex]) : "",
      earlier: before[i],
      later: after[i],
      change: after[i] - before[i],
      earlierDecile: earlierDecile[i],
      laterDecile: laterDecile[i],
    };
  });

  const transitions = Array.from({ length: DEFAULT_QUANTILES }, () => new Array<number>(DEFAULT_QUANTILES).fill(0));
  for (const a of areas) {
    if (Number.isFinite(a.earlierDecile) && Number.isFinite(a.laterDecile)) {
      transitions[a.earlierDecile - 1][a.laterDecile - 1]++;
    }
  }
  const speeds = tagged(null, () => trendByQuantile(onlyBoth(before), onlyBoth(after)).groups);
  const domains = kept.map((d): DomainChange => {
    let sum = 0;
    let count = 0;
    let improved = 0;
    let worsened = 0;
    for (let i = 0; i < keys.length; i++) {
      const change = d.later[i] - d.earlier[i];
      if (!Number.isFinite(change)) continue;
      sum += change;
      count++;
      if (change < 0) improved++;
      else if (change > 0) worsened++;
    }
    return { domain: d.domain, meanChange: count ? sum / count : NaN, improved, worsened, areas: count };
  });
  return {
    keyColumn,
    matched,
    unmatchedIndicators,
    droppedDomains,
    areas,
    onlyLater: matching.onlyLater,
    onlyEarlier: matching.onlyEarlier,
    bothScored,
    transitions,
    speeds,
    domains,
    persistent: areas.filter((a) => a.earlierDecile === 1 && a.laterDecile === 1),
    groupColumn: groupIndex >= 0 ? groupColumn : null,
  };
}
