import * as React from "react";
import { Caption1, Field, SpinButton, Subtitle2, Switch } from "@fluentui/react-components";
import type { DataBlock } from "../../../workbook/port";
import { computeResults } from "../../compute/results";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig, MissingValueRule } from "../../model/config";
import { problems } from "../../model/validate";
import type { PaneAction } from "../../state/paneReducer";
import { useStrings } from "../../strings";

/** Percent steps of the two thresholds: whole percents from 1 to 100. */
const MIN_PERCENT = 1;
const MAX_PERCENT = 100;

/** A threshold as a whole percent, or null while the typed text is not one in range. */
function readPercent(value: number | null | undefined, displayValue: string | undefined): number | null {
  const typed = value ?? (displayValue === undefined ? NaN : Number(displayValue.replace(",", ".").replace("%", "")));
  if (!Number.isFinite(typed)) return null;
  return Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, Math.round(typed)));
}

/**
 * How many areas the current rule scores, computed with the same engine call as Compute (so the figure is
 * the one Compute will report); null while the configuration cannot be computed yet.
 */
function useScoredCount(config: MdiConfig, analysis: DataAnalysis, data: DataBlock): number | null {
  const deferred = React.useDeferredValue(config);
  return React.useMemo(() => {
    if (problems(deferred, analysis).length > 0) return null;
    try {
      const results = computeResults(deferred, analysis, data);
      return results.rows - results.unscored;
    } catch {
      // A refusal is reported by Compute, with what to fix; here the count is just not shown.
      return null;
    }
  }, [deferred, analysis, data]);
}

/**
 * "Missing values": the share of the weight an area needs within a domain and across domains to be scored
 * (min_coverage of =MDI.DOMAIN and =MDI.SCORE), and the optional filling of blanks from the group
 * (=MDI.IMPUTE), with the number of areas the rule scores.
 */
export function MissingValueFields({
  config,
  analysis,
  data,
  dispatch,
}: {
  config: MdiConfig;
  analysis: DataAnalysis;
  data: DataBlock;
  dispatch: React.Dispatch<PaneAction>;
}) {
  const t = useStrings().weights.missing;
  const rule = config.missing;
  const set = (update: Partial<MissingValueRule>) => dispatch({ type: "setMissing", rule: update });
  const scored = useScoredCount(config, analysis, data);
  // The hint once, under the second field: it speaks of both.
  const share = (label: string, key: "indicators" | "domains") => (
    <Field label={label} hint={key === "domains" ? t.shareHint : undefined}>
      <SpinButton
        min={MIN_PERCENT}
        max={MAX_PERCENT}
        step={5}
        value={Math.round(rule[key] * 100)}
        onChange={(_, d) => {
          const percent = readPercent(d.value, d.displayValue);
          if (percent !== null) set({ [key]: percent / 100 });
        }}
      />
    </Field>
  );
  return (
    <section aria-labelledby="mdi-missing-heading">
      <Subtitle2 as="h3" id="mdi-missing-heading" block>
        {t.heading}
      </Subtitle2>
      <Caption1 block>{t.intro}</Caption1>
      {share(t.indicators, "indicators")}
      {share(t.domains, "domains")}
      <Field hint={config.groupColumn ? t.fillHint(config.groupColumn) : t.fillNeedsGroup}>
        <Switch
          label={t.fill}
          checked={rule.fillFromGroup && config.groupColumn !== null}
          disabled={config.groupColumn === null}
          onChange={(_, d) => set({ fillFromGroup: d.checked })}
        />
      </Field>
      {scored !== null && (
        <Caption1 block role="status">
          {t.outcome(scored, data.rows.length)}
        </Caption1>
      )}
    </section>
  );
}
