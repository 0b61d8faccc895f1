import * as React from "react";
import { Field, Input, Radio, RadioGroup, Slider, makeStyles, tokens } from "@fluentui/react-components";
import { ALLOCATION_RULES, type AllocationRule } from "../../engine/allocate";
import { formatNumber } from "../model/numbers";
import { useLanguage } from "../strings";
import type { AllocationInputs, InputProblems } from "./inputs";
import { NO_STEP_TICKS } from "../components/sliderTicks";

const useStyles = makeStyles({
  tiers: {
    display: "grid",
    gridTemplateColumns: "repeat(5, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  narrow: { maxWidth: "8em" },
});

/** Slider steps of α: whole percents. */
const ALPHA_STEP = 0.01;

export interface RuleFieldsProps {
  readonly inputs: AllocationInputs;
  readonly problems: InputProblems;
  readonly onChange: React.Dispatch<Partial<AllocationInputs>>;
}

/**
 * The allocation rule and its parameter: the universal share α as a slider
 * (proportionate universalism), a weight per decile (tiers, most deprived
 * first), or k (threshold); each in a Field that explains what is wrong.
 */
export function RuleFields({ inputs, problems, onChange }: RuleFieldsProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.allocation;
  return (
    <>
      <Field label={t.rule} hint={t.ruleHints[inputs.rule]}>
        <RadioGroup value={inputs.rule} onChange={(_, d) => onChange({ rule: d.value as AllocationRule })}>
          {ALLOCATION_RULES.map((rule) => (
            <Radio key={rule} value={rule} label={t.rules[rule]} />
          ))}
        </RadioGroup>
      </Field>
      {inputs.rule === "universal" && (
        <Field label={t.alpha} hint={t.alphaValue(formatNumber(inputs.alpha * 100, language, 0))}>
          <Slider
            min={0}
            max={1}
            step={ALPHA_STEP}
            style={NO_STEP_TICKS}
            value={inputs.alpha}
            onChange={(_, d) => onChange({ alpha: d.value })}
          />
        </Field>
      )}
      {inputs.rule === "tiers" && (
        <Field
          label={t.tiers}
          validationState={problems.tiers?.allZero ? "error" : "none"}
          validationMessage={problems.tiers?.allZero ? t.tierProblems.allZero : undefined}
        >
          {() => (
            <div className={styles.tiers} role="group" aria-label={t.tiers}>
              {inputs.tiers.map((text, d) => {
                const problem = problems.tiers?.weights[d];
                return (
                  <Field
                    key={d}
                    label={t.tierOf(d + 1)}
                    size="small"
                    validationState={problem ? "error" : "none"}
                    validationMessage={problem ? t.tierProblems[problem] : undefined}
                  >
                    <Input
                      size="small"
                      inputMode="decimal"
                      value={text}
                      onChange={(_, data) =>
                        onChange({ tiers: inputs.tiers.map((w, k) => (k === d ? data.value : w)) })
                      }
                    />
                  </Field>
                );
              })}
            </div>
          )}
        </Field>
      )}
      {inputs.rule === "threshold" && (
        <Field
          label={t.threshold}
          hint={t.thresholdHint}
          validationState={problems.threshold ? "error" : "none"}
          validationMessage={problems.threshold ? t.thresholdRange : undefined}
        >
          <Input
            className={styles.narrow}
            inputMode="numeric"
            value={inputs.threshold}
            onChange={(_, d) => onChange({ threshold: d.value })}
          />
        </Field>
      )}
    </>
  );
}
