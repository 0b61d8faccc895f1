import * as React from "react";
import { Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../components/Section";
import { usePaged } from "../../components/ShowMore";
import type { DataAnalysis } from "../../model/analyze";
import type { MdiConfig } from "../../model/config";
import { DOMAIN_SET_IDS, type DomainSetId } from "../../model/domains";
import type { PaneAction } from "../../state/paneReducer";
import { useStrings } from "../../strings";
import { DomainToggles } from "./DomainToggles";
import { IndicatorRow } from "./IndicatorRow";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
});

export interface DomainsStepProps {
  readonly config: MdiConfig;
  readonly analysis: DataAnalysis;
  readonly dispatch: React.Dispatch<PaneAction>;
}

/** Step 2: the domain set, which domains take part, and each indicator's domain and direction. */
export function DomainsStep({ config, analysis, dispatch }: DomainsStepProps) {
  const styles = useStyles();
  const t = useStrings().domains;
  const { shown, more } = usePaged(analysis.numericColumns);
  return (
    <Section heading={t.heading} intro={t.intro}>
      <Field label={t.domainSet}>
        <Dropdown
          value={t.domainSets[config.domainSet]}
          selectedOptions={[config.domainSet]}
          onOptionSelect={(_, d) =>
            d.optionValue && dispatch({ type: "setDomainSet", set: d.optionValue as DomainSetId })
          }
        >
          {DOMAIN_SET_IDS.map((id) => (
            <Option key={id} value={id}>
              {t.domainSets[id]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <DomainToggles config={config} analysis={analysis} dispatch={dispatch} />
      <Subtitle2 as="h3">{t.indicatorsHeading}</Subtitle2>
      {analysis.numericColumns.length === 0 ? (
        <Caption1>{t.noNumericColumns}</Caption1>
      ) : (
        <>
          <ul className={styles.list} aria-label={t.indicatorsHeading}>
            {shown.map((column) => (
              <IndicatorRow key={column} column={column} config={config} analysis={analysis} dispatch={dispatch} />
            ))}
          </ul>
          {more}
        </>
      )}
    </Section>
  );
}
