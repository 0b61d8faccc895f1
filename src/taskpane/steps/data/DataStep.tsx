import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Section } from "../../components/Section";
import { describeSource } from "../../plan";
import { useStrings } from "../../strings";
import { ColumnsTable } from "./ColumnsTable";
import type { DataStepProps } from "./types";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "0" },
});

/** Step 1: read the selection or a table; choose the area and population columns; see what was read. */
export function DataStep({ state, tables, reading, onReadSelection, onReadTable, dispatch }: DataStepProps) {
  const styles = useStyles();
  const strings = useStrings();
  const t = strings.data;
  const [table, setTable] = React.useState<string | null>(state.data?.source.table ?? tables[0]?.name ?? null);
  React.useEffect(() => {
    if (table === null && tables.length) setTable(tables[0].name);
  }, [table, tables]);
  const { data, analysis, config } = state;

  return (
    <Section heading={t.heading} intro={t.intro}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onReadSelection} disabled={reading}>
          {t.useSelection}
        </Button>
      </div>
      {tables.length ? (
        <div className={styles.row}>
          <Field label={t.table} className={styles.grow}>
            <Dropdown
              placeholder={t.tablePlaceholder}
              value={table ?? ""}
              selectedOptions={table ? [table] : []}
              onOptionSelect={(_, d) => setTable(d.optionValue ?? null)}
            >
              {tables.map((info) => (
                <Option key={info.name} value={info.name} text={info.name}>
                  {`${info.name} (${info.sheet}, ${info.rows} × ${info.columns})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button onClick={() => table && onReadTable(table)} disabled={reading || !table}>
            {t.useTable}
          </Button>
        </div>
      ) : (
        <Caption1>{t.noTables}</Caption1>
      )}
      {reading && <Spinner size="tiny" label={t.reading} />}
      {data && analysis && config ? (
        <>
          <Body1 role="status">{t.summary(analysis.rows, analysis.columns.length, describeSource(data.source))}</Body1>
          <Field
            label={t.areaColumn}
            hint={t.areaHint}
            required
            validationState={config.areaColumn ? "none" : "error"}
            validationMessage={config.areaColumn ? undefined : strings.problems.noArea}
          >
            <Dropdown
              value={config.areaColumn ?? ""}
              selectedOptions={config.areaColumn ? [config.areaColumn] : []}
              onOptionSelect={(_, d) => dispatch({ type: "setArea", column: d.optionValue ?? null })}
            >
              {analysis.columns.map((c) => (
                <Option key={c.name} value={c.name}>
                  {c.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.populationColumn} hint={t.populationHint}>
            <Dropdown
              value={config.populationColumn ?? t.none}
              selectedOptions={[config.populationColumn ?? ""]}
              onOptionSelect={(_, d) => dispatch({ type: "setPopulation", column: d.optionValue || null })}
            >
              <Option value="">{t.none}</Option>
              {analysis.columns
                .filter((c) => c.numeric)
                .map((c) => (
                  <Option key={c.name} value={c.name}>
                    {c.name}
                  </Option>
                ))}
            </Dropdown>
          </Field>
          <Caption1>
            {analysis.groupColumns.length ? t.groupsFound(analysis.groupColumns.join(", ")) : t.noGroupsFound}
          </Caption1>
          <ColumnsTable analysis={analysis} config={config} />
        </>
      ) : (
        !reading && <Caption1>{t.nothingRead}</Caption1>
      )}
    </Section>
  );
}
