import type { DataAnalysis } from "./analyze";
import { activeDomains, indicatorsByDomain, readWeight, type MdiConfig } from "./config";
import type { DomainKey } from "./domains";
import type { NumberProblem } from "./numbers";

/**
 * The sheets the add-in writes; nothing else is ever touched. A sheet of one of these names that holds the
 * data is never written: the results go to a free name instead (state/sheetWriter.ts).
 */
export const OUTPUT_SHEETS = {
  results: "MDI",
  calculation: "MDI berekening",
  correlation: "MDI samenhang",
} as const;

/** Something that stops a computation, with what the strings modules need to say what to do. */
export type Problem =
  | { kind: "noArea" }
  | { kind: "tooFewRows"; rows: number }
  | { kind: "noDomains" }
  | { kind: "weight"; domain: DomainKey; problem: Exclude<NumberProblem, null> }
  | { kind: "weightsZero" }
  | { kind: "textInIndicator"; column: string; row: number; value: string }
  | { kind: "textBetweenIndicators"; domain: DomainKey; column: string };

/** The problem with one domain's weight, or null. */
export function weightProblem(config: MdiConfig, domain: DomainKey): NumberProblem {
  return readWeight(config.weights[domain]).problem;
}

/** The weight of each active domain as a number (valid only when `problems` finds nothing). */
export function activeWeights(config: MdiConfig, analysis: DataAnalysis): number[] {
  return activeDomains(config, analysis).map((d) => readWeight(config.weights[d]).value);
}

/**
 * Everything that stops the MDI from being computed with this configuration,
 * in the order the steps ask for it. Empty = ready.
 */
export function problems(config: MdiConfig, analysis: DataAnalysis): Problem[] {
  const found: Problem[] = [];
  if (!config.areaColumn) found.push({ kind: "noArea" });
  if (analysis.rows < 2) found.push({ kind: "tooFewRows", rows: analysis.rows });
  const domains = activeDomains(config, analysis);
  if (domains.length === 0) found.push({ kind: "noDomains" });
  const byDomain = indicatorsByDomain(config, analysis);
  for (const domain of domains) {
    const indices: number[] = [];
    for (const column of byDomain.get(domain) ?? []) {
      const info = analysis.columns.find((c) => c.name === column);
      if (info?.firstText) found.push({ kind: "textInIndicator", column, ...info.firstText });
      if (info) indices.push(info.index);
    }
    // Live formulas read a domain's indicators as one block, skipping the columns in between
    // by weight 0 (plan/formulas.ts); the function refuses text anywhere in its range.
    if (config.output === "formulas" && indices.length > 1) {
      const inside = new Set(indices);
      const between = analysis.columns.find(
        (c) => c.index > indices[0] && c.index < indices[indices.length - 1] && !inside.has(c.index) && c.texts > 0,
      );
      if (between) found.push({ kind: "textBetweenIndicators", domain, column: between.name });
    }
  }
  let sum = 0;
  let valid = true;
  for (const domain of domains) {
    const problem = weightProblem(config, domain);
    if (problem) {
      found.push({ kind: "weight", domain, problem });
      valid = false;
    } else sum += readWeight(config.weights[domain]).value;
  }
  if (valid && domains.length > 0 && sum === 0) found.push({ kind: "weightsZero" });
  return found;
}
