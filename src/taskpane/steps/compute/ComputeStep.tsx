import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Section } from "../../components/Section";
import type { OutputMode } from "../../model/config";
import { useStrings } from "../../strings";
import { AreaPicker } from "./AreaPicker";
import { ProblemList } from "./ProblemList";
import type { ComputeStepProps } from "./types";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

const OUTPUTS: readonly OutputMode[] = ["formulas", "values"];
const NO_CHART = "";

/** Step 4: formulas or values, what the charts show, and "Bereken". */
export function ComputeStep({ config, analysis, areas, problems, busy, onCompute, dispatch }: ComputeStepProps) {
  const styles = useStyles();
  const t = useStrings().compute;
  const candidates = analysis.numericColumns.filter((c) => !config.indicators[c]?.domain);
  const scatter = config.scatterComparator ?? config.comparators[0] ?? null;
  return (
    <Section heading={t.heading}>
      <Field label={t.output}>
        <RadioGroup
          value={config.output}
          onChange={(_, d) => dispatch({ type: "setOutput", output: d.value as OutputMode })}
        >
          {OUTPUTS.map((o) => (
            <Radio key={o} value={o} label={t.outputs[o]} />
          ))}
        </RadioGroup>
      </Field>
      <AreaPicker
        areas={areas}
        value={config.profileArea}
        onChange={(area) => dispatch({ type: "setProfileArea", area })}
      />
      <Field label={t.scatterComparator}>
        <Dropdown
          value={scatter ?? t.noComparator}
          selectedOptions={[scatter ?? NO_CHART]}
          onOptionSelect={(_, d) => dispatch({ type: "setScatterComparator", column: d.optionValue || null })}
        >
          <Option value={NO_CHART}>{t.noComparator}</Option>
          {candidates.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <ProblemList problems={problems} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCompute} disabled={busy || problems.length > 0}>
          {t.button}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
      </div>
    </Section>
  );
}
