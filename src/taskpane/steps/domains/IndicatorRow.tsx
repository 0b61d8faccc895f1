import * as React from "react";
import { Caption1, Dropdown, Field, Option, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnNamed, type DataAnalysis } from "../../model/analyze";
import { enabledDomains, type MdiConfig } from "../../model/config";
import type { DomainKey } from "../../model/domains";
import type { PaneAction } from "../../state/paneReducer";
import { useStrings } from "../../strings";

const useStyles = makeStyles({
  row: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  missing: { color: tokens.colorNeutralForeground3 },
});

const NOT_USED = "";

/** One numeric column: its domain (or not used) and its direction. */
export function IndicatorRow({
  column,
  config,
  analysis,
  dispatch,
}: {
  column: string;
  config: MdiConfig;
  analysis: DataAnalysis;
  dispatch: React.Dispatch<PaneAction>;
}) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.domains;
  const choice = config.indicators[column];
  const info = columnNamed(analysis, column);
  const domains = enabledDomains(config);
  const domain = choice?.domain ?? null;
  return (
    <li className={styles.row}>
      <Text className={styles.name}>{column}</Text>
      {info && info.blanks > 0 && <Caption1 className={styles.missing}>{t.missing(info.blanks)}</Caption1>}
      <Field label={t.domainOf(column)} size="small">
        <Dropdown
          size="small"
          value={domain ? strings.domainLabels[domain] : t.notUsed}
          selectedOptions={[domain ?? NOT_USED]}
          onOptionSelect={(_, d) =>
            dispatch({
              type: "setIndicatorDomain",
              column,
              domain: d.optionValue ? (d.optionValue as DomainKey) : null,
            })
          }
        >
          <Option value={NOT_USED}>{t.notUsed}</Option>
          {domains.map((key) => (
            <Option key={key} value={key}>
              {strings.domainLabels[key]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label={{ children: t.higherIsBetter }}
        aria-label={t.directionOf(column)}
        checked={choice?.direction === -1}
        disabled={!domain}
        onChange={(_, d) => dispatch({ type: "setIndicatorDirection", column, direction: d.checked ? -1 : 1 })}
      />
    </li>
  );
}
