import type { NormalizeMethod } from "../../engine/normalize";
import type { ScoreMethod } from "../../engine/score";
import type { DataBlock } from "../../workbook/port";
import type { DataAnalysis } from "../model/analyze";
import {
  activeDomains,
  applyPreset,
  switchDomainSet,
  withEqualWeights,
  type MdiConfig,
  type MissingValueRule,
  type OutputMode,
} from "../model/config";
import type { DomainKey, DomainSetId, PresetId } from "../model/domains";
import { parseNonNegative } from "../model/numbers";

/** The data read and the configuration being edited. */
export interface PaneState {
  readonly data: DataBlock | null;
  readonly analysis: DataAnalysis | null;
  readonly config: MdiConfig | null;
}

export const INITIAL_STATE: PaneState = { data: null, analysis: null, config: null };

export type PaneAction =
  | { type: "dataRead"; data: DataBlock; analysis: DataAnalysis; config: MdiConfig }
  | { type: "setArea"; column: string | null }
  | { type: "setPopulation"; column: string | null }
  | { type: "setGroup"; column: string | null }
  | { type: "setIndicatorDomain"; column: string; domain: DomainKey | null }
  | { type: "setIndicatorDirection"; column: string; direction: 1 | -1 }
  | { type: "setDomainEnabled"; domain: DomainKey; enabled: boolean }
  | { type: "setDomainSet"; set: DomainSetId }
  | { type: "applyPreset"; preset: PresetId }
  | { type: "setWeightText"; domain: DomainKey; text: string }
  | { type: "setWeightValue"; domain: DomainKey; value: number }
  | { type: "setMethod"; method: ScoreMethod }
  | { type: "setNormalization"; normalization: NormalizeMethod }
  | { type: "setOutput"; output: OutputMode }
  | { type: "setComparator"; column: string; chosen: boolean }
  | { type: "setProfileArea"; area: string | null }
  | { type: "setScatterComparator"; column: string | null }
  | { type: "setMissing"; rule: Partial<MissingValueRule> };

/** Keeps equal weights equal when the domains taking part change. */
function rebalanced(before: MdiConfig, after: MdiConfig, analysis: DataAnalysis): MdiConfig {
  if (after.preset !== "equal") return after;
  const was = activeDomains(before, analysis).join();
  return activeDomains(after, analysis).join() === was ? after : withEqualWeights(after, analysis);
}

function configReducer(config: MdiConfig, action: PaneAction, analysis: DataAnalysis): MdiConfig {
  switch (action.type) {
    case "dataRead":
      return action.config;
    case "setArea":
      return { ...config, areaColumn: action.column };
    case "setPopulation":
      return { ...config, populationColumn: action.column };
    case "setGroup":
      return { ...config, groupColumn: action.column };
    case "setIndicatorDomain": {
      const previous = config.indicators[action.column];
      const next: MdiConfig = {
        ...config,
        indicators: { ...config.indicators, [action.column]: { ...previous, domain: action.domain } },
        // An indicator in the index is not also a comparison indicator (it would correlate with itself).
        comparators: action.domain ? config.comparators.filter((c) => c !== action.column) : config.comparators,
      };
      return rebalanced(config, next, analysis);
    }
    case "setIndicatorDirection": {
      const previous = config.indicators[action.column];
      return {
        ...config,
        indicators: { ...config.indicators, [action.column]: { ...previous, direction: action.direction } },
      };
    }
    case "setDomainEnabled": {
      const disabled = config.disabledDomains.filter((d) => d !== action.domain);
      const next = { ...config, disabledDomains: action.enabled ? disabled : [...disabled, action.domain] };
      return rebalanced(config, next, analysis);
    }
    case "setDomainSet":
      return switchDomainSet(config, action.set, analysis);
    case "applyPreset":
      return applyPreset(config, action.preset, analysis);
    case "setWeightText":
      return {
        ...config,
        preset: "custom",
        weights: {
          ...config.weights,
          [action.domain]: { text: action.text, value: parseNonNegative(action.text).value },
        },
      };
    case "setWeightValue":
      return {
        ...config,
        preset: "custom",
        weights: {
          ...config.weights,
          [action.domain]: { text: null, value: action.value },
        },
      };
    case "setMethod":
      return { ...config, method: action.method };
    case "setNormalization":
      return { ...config, normalization: action.normalization };
    case "setOutput":
      return { ...config, output: action.output };
    case "setComparator": {
      const others = config.comparators.filter((c) => c !== action.column);
      return { ...config, comparators: action.chosen ? [...others, action.column] : others };
    }
    case "setProfileArea":
      return { ...config, profileArea: action.area };
    case "setScatterComparator":
      return { ...config, scatterComparator: action.column };
    case "setMissing":
      return { ...config, missing: { ...config.missing, ...action.rule } };
  }
}

/** The pane's state transitions: reading data replaces everything; every other action edits the configuration. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (action.type === "dataRead") return { data: action.data, analysis: action.analysis, config: action.config };
  if (!state.config || !state.analysis) return state;
  return { ...state, config: configReducer(state.config, action, state.analysis) };
}
