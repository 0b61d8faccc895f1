import * as React from "react";
import { Dropdown, Field, Option, Radio, RadioGroup } from "@fluentui/react-components";
import { NORMALIZE_METHODS, type NormalizeMethod } from "../../../engine/normalize";
import { SCORE_METHODS, type ScoreMethod } from "../../../engine/score";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import type { PaneAction } from "../../state/paneReducer";
import { useStrings } from "../../strings";

const NO_GROUP = "";

/** The index method, the indicators' normalisation and the optional group column for local deciles. */
export function MethodFields({
  config,
  analysis,
  dispatch,
}: {
  config: MdiConfig;
  analysis: DataAnalysis;
  dispatch: React.Dispatch<PaneAction>;
}) {
  const t = useStrings().weights;
  return (
    <>
      <Field label={t.method}>
        <RadioGroup
          value={config.method}
          onChange={(_, d) => dispatch({ type: "setMethod", method: d.value as ScoreMethod })}
        >
          {SCORE_METHODS.map((m) => (
            <Radio key={m} value={m} label={t.methods[m]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.normalization}>
        <Dropdown
          value={t.normalizations[config.normalization]}
          selectedOptions={[config.normalization]}
          onOptionSelect={(_, d) =>
            d.optionValue && dispatch({ type: "setNormalization", normalization: d.optionValue as NormalizeMethod })
          }
        >
          {NORMALIZE_METHODS.map((m) => (
            <Option key={m} value={m}>
              {t.normalizations[m]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.group} hint={t.groupHint}>
        <Dropdown
          value={config.groupColumn ?? t.noGroup}
          selectedOptions={[config.groupColumn ?? NO_GROUP]}
          onOptionSelect={(_, d) => dispatch({ type: "setGroup", column: d.optionValue || null })}
        >
          <Option value={NO_GROUP}>{t.noGroup}</Option>
          {analysis.groupColumns.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
