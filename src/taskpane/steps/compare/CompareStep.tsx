import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../components/Section";
import { useStrings } from "../../strings";
import { ComparatorChoice } from "./ComparatorChoice";
import { CorrelationTable } from "./CorrelationTable";
import type { CompareStepProps } from "./types";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/** Step 5: comparison indicators, their correlation with the MDI, and the caveat that goes with it. */
export function CompareStep({ config, analysis, outcome, blocked, busy, onCompare, dispatch }: CompareStepProps) {
  const styles = useStyles();
  const t = useStrings().compare;
  const candidates = analysis.numericColumns.filter((c) => !config.indicators[c]?.domain);
  const none = config.comparators.length === 0;
  return (
    <Section heading={t.heading} intro={t.intro}>
      <MessageBar intent="warning">
        <MessageBarBody>{t.caveat}</MessageBarBody>
      </MessageBar>
      {candidates.length === 0 ? (
        <Caption1>{t.noCandidates}</Caption1>
      ) : (
        <ComparatorChoice
          candidates={candidates}
          chosen={config.comparators}
          onChange={(column, chosen) => dispatch({ type: "setComparator", column, chosen })}
        />
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCompare} disabled={busy || blocked || none}>
          {t.button}
        </Button>
        {busy && <Spinner size="tiny" label={t.busy} />}
      </div>
      {outcome && outcome.rows.length > 0 && <CorrelationTable outcome={outcome} />}
    </Section>
  );
}
