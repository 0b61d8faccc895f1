import type { NormalizeMethod } from "../../engine/normalize";
import type { ScoreMethod } from "../../engine/score";
import type { DataBlock } from "../../workbook/port";
import type { DataAnalysis } from "./analyze";
import {
  DOMAIN_SETS,
  PRESET_DOMAIN_SET,
  PRESET_WEIGHTS,
  type DomainKey,
  type DomainSetId,
  type PresetId,
} from "./domains";
import { parseNonNegative, type ParsedNumber } from "./numbers";
import { suggestDirection, suggestTheme } from "./suggest";

/** Version of the stored configuration's shape (document setting). */
export const CONFIG_VERSION = 1;

/** Key of the document setting holding the configuration. */
export const CONFIG_SETTING = "mdi.configuration";

/**
 * Key of the document setting naming the results table the last Compute wrote ("MDI_Resultaten", or
 * "MDI_Resultaten_2" when it was written to "MDI (2)"), which the allocation and the briefing read.
 */
export const RESULTS_TABLE_SETTING = "mdi.resultsTable";

export type OutputMode = "formulas" | "values";

export interface IndicatorChoice {
  /** The domain the indicator belongs to; null = not used. */
  readonly domain: DomainKey | null;
  /** 1 = higher is more deprived, −1 = higher is less deprived. */
  readonly direction: 1 | -1;
}

export interface WeightEntry {
  /** As typed; null when a preset, equal weighting or the slider set it (shown in the user's number format). */
  readonly text: string | null;
  /** The number it stands for; NaN when the typed text is not a number. */
  readonly value: number;
}

/** The weight as a number, and what is wrong with it (see parseNonNegative). */
export function readWeight(entry: WeightEntry | undefined): ParsedNumber {
  if (!entry) return { value: NaN, problem: "text" };
  return entry.text === null ? { value: entry.value, problem: null } : parseNonNegative(entry.text);
}

/**
 * Everything that decides an MDI, in plain data: stored in the workbook so a
 * colleague opening it sees the same method. Columns are named by header, so
 * the configuration survives columns being moved.
 */
export interface MdiConfig {
  readonly version: number;
  readonly source: DataBlock["source"] | null;
  readonly areaColumn: string | null;
  /** Larger area for local deciles (and the group column of the results); null = none. */
  readonly groupColumn: string | null;
  readonly populationColumn: string | null;
  readonly domainSet: DomainSetId;
  /** Per numeric column name. */
  readonly indicators: Readonly<Record<string, IndicatorChoice>>;
  readonly disabledDomains: readonly DomainKey[];
  readonly preset: PresetId | "custom";
  readonly weights: Readonly<Partial<Record<DomainKey, WeightEntry>>>;
  readonly method: ScoreMethod;
  readonly normalization: NormalizeMethod;
  readonly output: OutputMode;
  readonly comparators: readonly string[];
  /** Area whose domain profile is charted; null = the most deprived. */
  readonly profileArea: string | null;
  /** Comparator of the scatter chart; null = the first chosen comparator. */
  readonly scatterComparator: string | null;
  /** The rule for missing values (docs/method.md §5). */
  readonly missing: MissingValueRule;
}

/**
 * How an area with missing values is scored: the share of the weight that must be present within a domain
 * (of its indicators) and across domains (of the domain weights), 0 < x ≤ 1, passed to =MDI.DOMAIN and
 * =MDI.SCORE as min_coverage; and whether blanks are first filled with the group's population-weighted mean
 * (=MDI.IMPUTE), which needs a group column.
 */
export interface MissingValueRule {
  readonly indicators: number;
  readonly domains: number;
  readonly fillFromGroup: boolean;
}

/**
 * The default rule: an area is scored when at least 65 % of the weight is present at either level (the JRC
 * COIN Tool's coverage rule). On the Amsterdam sample this scores 391 of 479 buurten instead of 319, while
 * the 30 buurten without any figure stay unscored (README "Ontbrekende waarden"). No filling by default:
 * imputation is the user's explicit choice.
 */
export const DEFAULT_MISSING: MissingValueRule = { indicators: 0.65, domains: 0.65, fillFromGroup: false };

/** Whether blanks are filled from the group: asked for, and a group column to fill from. */
export function fillsFromGroup(config: MdiConfig): boolean {
  return config.missing.fillFromGroup && config.groupColumn !== null;
}

/** A stored rule as far as it is valid, the default for the rest (configurations stored before it existed). */
function restoreMissing(stored: Partial<MissingValueRule> | undefined): MissingValueRule {
  const share = (x: unknown, fallback: number) => (typeof x === "number" && x > 0 && x <= 1 ? x : fallback);
  return {
    indicators: share(stored?.indicators, DEFAULT_MISSING.indicators),
    domains: share(stored?.domains, DEFAULT_MISSING.domains),
    fillFromGroup: stored?.fillFromGroup === true,
  };
}

/** The configuration suggested for freshly read data: the Dutch domains, equal weights, IoD method. */
export function suggestConfig(block: DataBlock, analysis: DataAnalysis): MdiConfig {
  const set = DOMAIN_SETS.nl;
  const comparators = new Set(analysis.comparatorColumns);
  const indicators: Record<string, IndicatorChoice> = {};
  for (const name of analysis.numericColumns) {
    const theme = comparators.has(name) ? null : suggestTheme(name);
    indicators[name] = { domain: theme ? set.themeDomain[theme] : null, direction: suggestDirection(name) };
  }
  return withEqualWeights(
    {
      version: CONFIG_VERSION,
      source: block.source,
      areaColumn: analysis.areaColumn,
      groupColumn: analysis.groupColumns[0] ?? null,
      populationColumn: analysis.populationColumn,
      domainSet: "nl",
      indicators,
      disabledDomains: [],
      preset: "equal",
      weights: {},
      method: "exp",
      normalization: "z",
      output: "formulas",
      comparators: analysis.comparatorColumns,
      profileArea: null,
      scatterComparator: null,
      missing: DEFAULT_MISSING,
    },
    analysis,
  );
}

/** Indicator columns per domain of the current set, in column order (only columns that exist). */
export function indicatorsByDomain(config: MdiConfig, analysis: DataAnalysis): Map<DomainKey, string[]> {
  const byDomain = new Map<DomainKey, string[]>();
  for (const domain of DOMAIN_SETS[config.domainSet].domains) byDomain.set(domain, []);
  for (const column of analysis.numericColumns) {
    const domain = config.indicators[column]?.domain;
    if (domain && byDomain.has(domain)) byDomain.get(domain)!.push(column);
  }
  return byDomain;
}

/** Domains that take part: switched on and with at least one indicator, in the set's order. */
export function activeDomains(config: MdiConfig, analysis: DataAnalysis): DomainKey[] {
  const byDomain = indicatorsByDomain(config, analysis);
  return DOMAIN_SETS[config.domainSet].domains.filter(
    (d) => !config.disabledDomains.includes(d) && (byDomain.get(d)?.length ?? 0) > 0,
  );
}

/** Domains switched on (whether or not they have indicators yet). */
export function enabledDomains(config: MdiConfig): DomainKey[] {
  return DOMAIN_SETS[config.domainSet].domains.filter((d) => !config.disabledDomains.includes(d));
}

/** Equal weights 1/k over the k active domains, shown with three decimals. */
export function withEqualWeights(config: MdiConfig, analysis: DataAnalysis): MdiConfig {
  const domains = activeDomains(config, analysis);
  const weights: Partial<Record<DomainKey, WeightEntry>> = {};
  for (const d of DOMAIN_SETS[config.domainSet].domains) {
    const value = domains.includes(d) ? 1 / domains.length : 0;
    weights[d] = { text: null, value };
  }
  return { ...config, preset: "equal", weights };
}

/**
 * Applies a weight preset: "equal" keeps the domain set; a published preset
 * switches to its domain set (indicators carried over by theme) and writes its
 * weights as published (England's sum to 0.999 and are not renormalised).
 */
export function applyPreset(config: MdiConfig, preset: PresetId, analysis: DataAnalysis): MdiConfig {
  if (preset === "equal") return withEqualWeights(config, analysis);
  const published = PRESET_WEIGHTS[preset];
  const switched = switchDomainSet(config, PRESET_DOMAIN_SET[preset], analysis);
  const weights: Partial<Record<DomainKey, WeightEntry>> = {};
  published.domains.forEach((d, i) => {
    weights[d as DomainKey] = { text: null, value: published.weights[i] };
  });
  return { ...switched, preset, weights, disabledDomains: [] };
}

/** Switches the domain set, carrying each indicator to the domain of the same theme. */
export function switchDomainSet(config: MdiConfig, to: DomainSetId, analysis: DataAnalysis): MdiConfig {
  if (to === config.domainSet) return config;
  const from = DOMAIN_SETS[config.domainSet];
  const target = DOMAIN_SETS[to];
  const indicators: Record<string, IndicatorChoice> = {};
  for (const [column, choice] of Object.entries(config.indicators)) {
    const theme = choice.domain ? themeFor(from.id, choice.domain, column) : null;
    indicators[column] = { ...choice, domain: theme ? target.themeDomain[theme] : null };
  }
  return withEqualWeights({ ...config, domainSet: to, indicators, disabledDomains: [] }, analysis);
}

/**
 * The theme an assigned indicator stands for: its header's own theme when that
 * belongs to the assigned domain (so "Afstand tot …" in woonomgeving stays
 * access, not environment), else the domain's first theme.
 */
function themeFor(set: DomainSetId, domain: DomainKey, column: string) {
  const fromHeader = suggestTheme(column);
  const themes = DOMAIN_SETS[set].themeDomain;
  if (fromHeader && themes[fromHeader] === domain) return fromHeader;
  return (Object.keys(themes) as Array<keyof typeof themes>).find((t) => themes[t] === domain) ?? null;
}

/**
 * True when a configuration made for `a` applies to the data read from `b`: the same table, or the same
 * range on the same sheet (with or without the sheet name in the address).
 */
export function sameSource(a: DataBlock["source"] | null | undefined, b: DataBlock["source"]): boolean {
  if (!a) return false;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  return a.kind === b.kind && a.sheet === b.sheet && a.address.replace(/^.*!/, "") === b.address.replace(/^.*!/, "");
}

/**
 * Restores a stored configuration onto data read now: columns that no longer
 * exist are dropped, new numeric columns get suggestions.
 */
export function restoreConfig(stored: MdiConfig, block: DataBlock, analysis: DataAnalysis): MdiConfig {
  const suggested = suggestConfig(block, analysis);
  const exists = (name: string | null) =>
    name !== null && analysis.columns.some((c) => c.name === name) ? name : null;
  const indicators: Record<string, IndicatorChoice> = {};
  for (const name of analysis.numericColumns) indicators[name] = stored.indicators[name] ?? suggested.indicators[name];
  // JSON keeps no NaN: a typed weight that was not a number comes back as null; read its text again.
  const weights: Partial<Record<DomainKey, WeightEntry>> = {};
  for (const [domain, entry] of Object.entries(stored.weights)) {
    if (entry) {
      const text = typeof entry.text === "string" ? entry.text : null;
      weights[domain as DomainKey] = {
        text,
        value: text === null ? Number(entry.value) : parseNonNegative(text).value,
      };
    }
  }
  const restored: MdiConfig = {
    ...stored,
    weights,
    version: CONFIG_VERSION,
    source: block.source,
    areaColumn: exists(stored.areaColumn) ?? suggested.areaColumn,
    groupColumn: exists(stored.groupColumn),
    populationColumn: exists(stored.populationColumn),
    indicators,
    comparators: stored.comparators.filter((c) => analysis.numericColumns.includes(c)),
    profileArea: stored.profileArea,
    scatterComparator: exists(stored.scatterComparator),
    missing: restoreMissing(stored.missing),
  };
  return restored.preset === "equal" ? withEqualWeights(restored, analysis) : restored;
}

/** True when `value` has the shape of a stored configuration (settings can hold anything). */
export function isStoredConfig(value: unknown): value is MdiConfig {
  if (!value || typeof value !== "object") return false;
  const v = value as Partial<MdiConfig>;
  return (
    typeof v.version === "number" &&
    typeof v.domainSet === "string" &&
    v.domainSet in DOMAIN_SETS &&
    typeof v.indicators === "object" &&
    Array.isArray(v.disabledDomains) &&
    typeof v.weights === "object" &&
    Array.isArray(v.comparators)
  );
}
