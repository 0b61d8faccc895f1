import * as React from "react";
import { Caption1, Dropdown, Field, Input, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import { Section } from "../../components/Section";
import type { DataAnalysis } from "../../model/analyze";
import { activeDomains, readWeight, type MdiConfig } from "../../model/config";
import { PRESET_IDS, type PresetId } from "../../model/domains";
import { formatNumber } from "../../model/numbers";
import type { PaneAction } from "../../state/paneReducer";
import { useLanguage } from "../../strings";
import type { DataBlock } from "../../../workbook/port";
import { MethodFields } from "./MethodFields";
import { MissingValueFields } from "./MissingValueFields";
import { WeightField } from "./WeightField";

export interface WeightsStepProps {
  readonly config: MdiConfig;
  readonly analysis: DataAnalysis;
  readonly data: DataBlock;
  readonly dispatch: React.Dispatch<PaneAction>;
}

/**
 * Step 3: a preset, a weight per active domain (slider and number), their sum and shares, the method, and
 * the rule for missing values.
 */
export function WeightsStep({ config, analysis, data, dispatch }: WeightsStepProps) {
  const { strings, language } = useLanguage();
  const t = strings.weights;
  const domains = activeDomains(config, analysis);
  const values = domains.map((d) => readWeight(config.weights[d]).value);
  const valid = values.every((v) => Number.isFinite(v) && v >= 0);
  const sum = valid ? values.reduce((a, b) => a + b, 0) : NaN;
  const allZero = valid && domains.length > 0 && sum === 0;

  return (
    <Section heading={t.heading}>
      <Field label={t.preset}>
        <Dropdown
          value={t.presets[config.preset]}
          selectedOptions={[config.preset]}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            d.optionValue !== "custom" &&
            dispatch({ type: "applyPreset", preset: d.optionValue as PresetId })
          }
        >
          {PRESET_IDS.map((id) => (
            <Option key={id} value={id}>
              {t.presets[id]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {config.domainSet === "nl" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.unofficial}</MessageBarBody>
        </MessageBar>
      )}
      {domains.length === 0 ? (
        <Caption1>{t.noDomains}</Caption1>
      ) : (
        domains.map((domain, i) => (
          <WeightField
            key={domain}
            domain={domain}
            entry={config.weights[domain]}
            share={valid && sum > 0 ? values[i] / sum : NaN}
            dispatch={dispatch}
          />
        ))
      )}
      {domains.length > 0 && (
        <Field
          label={t.sum}
          validationState={allZero ? "error" : "none"}
          validationMessage={allZero ? t.allZero : config.method === "exp" ? t.asGiven : t.renormalised}
        >
          <Input readOnly value={valid ? formatNumber(sum, language, 4) : "–"} />
        </Field>
      )}
      <MethodFields config={config} analysis={analysis} dispatch={dispatch} />
      <MissingValueFields config={config} analysis={analysis} data={data} dispatch={dispatch} />
    </Section>
  );
}
