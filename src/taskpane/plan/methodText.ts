import { formatCount, formatPercent } from "../allocation/format";
import type { MdiResults } from "../compute/results";
import { formatNumber } from "../model/numbers";
import { columnNamed } from "../model/analyze";
import { activeDomains, fillsFromGroup, indicatorsByDomain, readWeight } from "../model/config";
import { describeSource, type PlanInput } from "./planInput";
import { OUTPUT_SHEETS } from "../model/validate";

/** What the missing-value rule left unscored and filled, for the Methode block. */
export interface MissingOutcome {
  readonly unscored: number;
  /** Of those, the areas without any figure; null when not known (read back from a sheet). */
  readonly withoutData: number | null;
  /** Inhabitants of the unscored areas; null without a population column. */
  readonly inhabitants: number | null;
  /** Blank cells filled from the group; null when not known. */
  readonly filled: number | null;
}

/** The missing-value outcome of computed results. */
export function missingOutcome(results: MdiResults): MissingOutcome {
  return {
    unscored: results.unscored,
    withoutData: results.unscoredWithoutData,
    inhabitants: results.unscoredPopulation,
    filled: results.filled,
  };
}

/**
 * The method in words, line by line: data, domains with their weights and
 * indicators, normalisation, index method, ranks and deciles, missing values,
 * formulas or values, version and date. Written as the "Methode" block on the
 * MDI sheet and shown in the pane, so a reader of the workbook can redo it.
 */
export function methodLines(input: Omit<PlanInput, "results"> & { missing?: MissingOutcome }): string[] {
  const { config, analysis, data, strings, language } = input;
  const t = strings.method;
  const lines: string[] = [t.heading];
  lines.push(t.data(describeSource(data.source), analysis.rows, config.areaColumn ?? ""));

  const preset = strings.weights.presets[config.preset];
  const unofficial = config.domainSet === "nl" ? `, ${t.unofficial}` : "";
  lines.push(t.domains(`${preset}${unofficial}`));
  const byDomain = indicatorsByDomain(config, analysis);
  let sum = 0;
  for (const domain of activeDomains(config, analysis)) {
    const weight = readWeight(config.weights[domain]).value;
    sum += weight;
    const indicators = (byDomain.get(domain) ?? [])
      .filter((name) => columnNamed(analysis, name))
      .map((name) => (config.indicators[name].direction === -1 ? t.higherIsBetter(name) : name))
      .join("; ");
    lines.push(t.domain(strings.domainLabels[domain], formatNumber(weight, language, 4), indicators));
  }
  lines.push(t.indicators(strings.weights.normalizations[config.normalization]));
  lines.push(config.method === "exp" ? t.exp(formatNumber(sum, language, 4)) : t[config.method]);
  lines.push(t.ranks);
  if (config.groupColumn) lines.push(t.local(config.groupColumn));
  const rule = config.missing;
  const share = (x: number) => formatPercent(x, language);
  lines.push(
    rule.indicators === 1 && rule.domains === 1
      ? t.missing
      : t.coverageRule(share(rule.indicators), share(rule.domains), strings.sheet.coverage),
  );
  const outcome = input.missing;
  if (fillsFromGroup(config)) lines.push(t.filled(config.groupColumn ?? "", outcome?.filled ?? null));
  if (outcome) {
    const inhabitants =
      outcome.inhabitants === null || outcome.unscored === 0 ? null : formatCount(outcome.inhabitants, language);
    lines.push(
      t.unscored(outcome.unscored, inhabitants, outcome.withoutData, outcome.unscored - (outcome.withoutData ?? 0)),
    );
  }
  lines.push(config.output === "formulas" ? t.formulas(OUTPUT_SHEETS.calculation) : t.values);
  lines.push(t.version(input.version, input.date));
  return lines;
}
