import * as React from "react";
import { Field, Input, Slider, makeStyles, tokens } from "@fluentui/react-components";
import { readWeight, type WeightEntry } from "../../model/config";
import type { DomainKey } from "../../model/domains";
import { formatNumber } from "../../model/numbers";
import type { PaneAction } from "../../state/paneReducer";
import { useLanguage } from "../../strings";
import { NO_STEP_TICKS } from "../../components/sliderTicks";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: "0" },
  input: { width: "6em", flexShrink: 0 },
});

/** Slider steps: weights are shares, 0–1 in thousandths (a typed weight above 1 is kept as typed). */
const SLIDER_MAX = 1;
const SLIDER_STEP = 0.001;

/** One domain's weight: a slider and a number field in one Field, with the problem explained in it. */
export function WeightField({
  domain,
  entry,
  share,
  dispatch,
}: {
  domain: DomainKey;
  entry: WeightEntry | undefined;
  /** Effective weight (share of the sum), NaN when not known. */
  share: number;
  dispatch: React.Dispatch<PaneAction>;
}) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.weights;
  const label = strings.domainLabels[domain];
  const parsed = readWeight(entry);
  // A weight set by a preset or the slider is shown in the user's number format; a typed one as typed.
  const text = entry?.text ?? formatNumber(parsed.value, language, 3);
  const message = parsed.problem === "text" ? t.notANumber : parsed.problem === "negative" ? t.negative : undefined;
  const sliderValue = Number.isFinite(parsed.value) ? Math.min(Math.max(parsed.value, 0), SLIDER_MAX) : 0;
  return (
    <Field
      label={t.weightOf(label)}
      validationState={message ? "error" : "none"}
      validationMessage={message}
      hint={Number.isFinite(share) ? t.share(formatNumber(share * 100, language, 1)) : undefined}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Slider
            className={styles.slider}
            style={NO_STEP_TICKS}
            aria-label={t.sliderOf(label)}
            min={0}
            max={SLIDER_MAX}
            step={SLIDER_STEP}
            value={sliderValue}
            onChange={(_, d) => dispatch({ type: "setWeightValue", domain, value: d.value })}
          />
          <Input
            {...fieldProps}
            className={styles.input}
            inputMode="decimal"
            value={text}
            onChange={(_, d) => dispatch({ type: "setWeightText", domain, text: d.value })}
          />
        </div>
      )}
    </Field>
  );
}
