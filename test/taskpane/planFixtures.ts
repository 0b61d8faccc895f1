/**
 * Plan inputs for tests: data → analysis → configuration → engine results,
 * as the pane makes them, with a fixed date and version.
 */
import { computeResults } from "../../src/taskpane/compute/results";
import { analyzeData } from "../../src/taskpane/model/analyze";
import { suggestConfig, type MdiConfig } from "../../src/taskpane/model/config";
import type { PlanInput } from "../../src/taskpane/plan";
import { STRINGS } from "../../src/taskpane/strings";
import type { DataBlock } from "../../src/workbook/port";
import type { Language } from "../../src/i18n/language";

export function planInput(
  data: DataBlock,
  edit: (config: MdiConfig) => MdiConfig = (c) => c,
  language: Language = "nl",
): PlanInput {
  const analysis = analyzeData(data, (i) => `Kolom ${i + 1}`);
  const config = edit(suggestConfig(data, analysis));
  return {
    config,
    analysis,
    data,
    results: computeResults(config, analysis, data),
    strings: STRINGS[language],
    language,
    version: "9.9.9",
    date: "2025-11-27",
  };
}

/** The strictest missing-value rule (every weighted figure present), for tests of what an unscored area does. */
export function completeDataOnly(config: MdiConfig): MdiConfig {
  return { ...config, missing: { indicators: 1, domains: 1, fillFromGroup: false } };
}
