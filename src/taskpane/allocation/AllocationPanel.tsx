import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ALLOCATION_RULES, type AllocationRule } from "../../engine/allocate";
import { refusalText } from "../../i18n/engine";
import type { Language } from "../../i18n/language";
import type { DataBlock } from "../../workbook/port";
import { Notices } from "../components/Notices";
import { Section } from "../components/Section";
import { columnNamed, type DataAnalysis } from "../model/analyze";
import type { MdiConfig } from "../model/config";
import { errorText } from "../state/messages";
import { useSheetWriter } from "../state/sheetWriter";
import type { WorkbookActions } from "../state/workbookActions";
import { ReplaceDialog } from "../steps/compute/ReplaceDialog";
import { useLanguage, type Strings } from "../strings";
import { allocationSheet, ALLOCATION_SHEET } from "./allocationSheet";
import { AllocationResults, type RuleOutcome } from "./AllocationResults";
import { BoundField } from "./BoundField";
import { groupIds } from "../../engine/groups";
import {
  AllocationError,
  allocationColumns,
  runAllocation,
  unscoredAreas,
  withGroupAverageNeed,
  type AllocationColumns,
} from "./compute";
import { NEED_MDI, defaultInputs, readInputs, type AllocationInputs, type AllocationSettings } from "./inputs";
import type { MdiTable } from "./mdiTable";
import { RuleFields } from "./RuleFields";
import { UnscoredQuestion } from "./UnscoredQuestion";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export interface AllocationPanelProps {
  /** Reads the MDI results table, the default need. */
  readonly readMdiTable: WorkbookActions["readMdiTable"];
  /** Writes the sheet MDI verdeling. */
  readonly sheets: WorkbookActions["sheets"];
  readonly data: DataBlock;
  readonly analysis: DataAnalysis;
  readonly config: MdiConfig;
}

/** The MDI sheet as read: still reading, not there (not computed), or its table. */
type MdiState = { status: "reading" } | { status: "read"; table: MdiTable | null };

/** Why the need column cannot be used, or null. */
type NeedProblem = "noMdi" | "mismatch" | null;

/** The engine's refusal in the user's language, naming the field it concerns. */
export function allocationErrorText(error: AllocationError, strings: Strings, language: Language): string {
  const t = strings.allocation;
  const labels: Record<string, string> = {
    budget: t.budget,
    need: t.need,
    population: t.population,
    universalShare: t.parameter,
    tierWeights: t.parameter,
    thresholdDecile: t.parameter,
    rule: t.rule,
    floor: t.floor,
    cap: t.cap,
  };
  const details = error.engineError.details;
  const argument = labels[details.parameter ?? ""] ?? t.need;
  return refusalText(language, error.engineError.code, { ...details, row: error.dataRow ?? details.row }, argument);
}

/** The second rule offered for a comparison: equal per head, or population × need when the first is per head. */
function defaultComparison(rule: AllocationRule): AllocationRule {
  return rule === "perhead" ? "popneed" : "perhead";
}

type Computed = { outcome: RuleOutcome | null; error: AllocationError | null };

function compute(
  settings: AllocationSettings | null,
  columns: AllocationColumns | null,
  rule: AllocationRule,
): Computed {
  if (!settings || !columns) return { outcome: null, error: null };
  try {
    return { outcome: { rule, outcome: runAllocation(settings, columns, rule) }, error: null };
  } catch (error) {
    if (error instanceof AllocationError) return { outcome: null, error };
    throw error;
  }
}

/**
 * "Ongelijk investeren": a budget shared over the areas by need with a rule
 * (per head, by need, population × need, proportionate universalism, tiers,
 * threshold) and optional floors and caps; € and € per inhabitant by need
 * decile computed live by the engine as the inputs change, a second rule side
 * by side in one click, and "Write to workbook" for the sheet MDI verdeling
 * with live =MDI.ALLOCATE formulas.
 */
export function AllocationPanel({ readMdiTable, sheets, data, analysis, config }: AllocationPanelProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.allocation;
  const [inputs, setInputs] = React.useState<AllocationInputs>(() => defaultInputs(config.populationColumn, language));
  const [mdi, setMdi] = React.useState<MdiState>({ status: "reading" });
  const writer = useSheetWriter(sheets);
  const { notify } = writer;

  React.useEffect(() => {
    let open = true;
    readMdiTable().then(
      (table) => open && setMdi({ status: "read", table }),
      (error: unknown) => {
        if (!open) return;
        setMdi({ status: "read", table: null });
        notify("error", (s, l) => s.errors.read(errorText(error, s, l)));
      },
    );
    return () => {
      open = false;
    };
  }, [readMdiTable, notify]);

  const change = React.useCallback((update: Partial<AllocationInputs>) => {
    setInputs((before) => {
      const next = { ...before, ...update };
      // Never compare a rule with itself.
      if (next.compareWith === next.rule) next.compareWith = defaultComparison(next.rule);
      return next;
    });
  }, []);

  const table = mdi.status === "read" ? mdi.table : null;
  const needProblem: NeedProblem =
    inputs.need !== NEED_MDI || mdi.status === "reading"
      ? null
      : !table
        ? "noMdi"
        : table.rows !== data.rows.length
          ? "mismatch"
          : null;
  const { settings, problems } = React.useMemo(() => readInputs(inputs), [inputs]);
  const usable = settings && !needProblem && mdi.status === "read" ? settings : null;
  // The per-area columns change with the columns chosen, not with the budget or the rule.
  const columnsKey = usable ? JSON.stringify([usable.need, usable.population, usable.floor, usable.cap]) : "";
  const chosenColumns = React.useMemo(
    () => (usable ? allocationColumns(usable, data, analysis, table) : null),
    // Keyed on the columns chosen (columnsKey), not on every new settings object.
    [columnsKey, data, analysis, table],
  );
  // Areas with inhabitants but no need value: the user chooses what happens to them before anything is shared.
  const unscored = React.useMemo(() => (chosenColumns ? unscoredAreas(chosenColumns) : null), [chosenColumns]);
  const groupColumn = columnNamed(analysis, config.groupColumn);
  const groups = React.useMemo(
    () => (groupColumn ? groupIds(data.rows.map((row) => row[groupColumn.index] as string | number)) : null),
    [groupColumn, data],
  );
  const choice = inputs.unscored === "groupAverage" && !groups ? null : inputs.unscored;
  const asking = unscored !== null && unscored.rows.length > 0 && choice === null;
  const columns = React.useMemo(() => {
    if (!chosenColumns || asking) return null;
    return choice === "groupAverage" && groups && unscored?.rows.length
      ? withGroupAverageNeed(chosenColumns, groups)
      : chosenColumns;
  }, [chosenColumns, asking, choice, groups, unscored]);
  const current = React.useMemo(() => compute(usable, columns, inputs.rule), [usable, columns, inputs.rule]);
  const compared = React.useMemo(() => {
    if (!inputs.compareWith || !usable) return null;
    return compute(readInputs(inputs, inputs.compareWith).settings, columns, inputs.compareWith);
  }, [inputs, usable, columns]);

  const numericColumns = analysis.columns.filter((c) => c.numeric).map((c) => c.name);
  const needOptions = [NEED_MDI, ...analysis.numericColumns];
  const needLabel = (value: string) => (value === NEED_MDI ? t.needMdi : value);
  const needMessage =
    needProblem === "noMdi"
      ? t.noMdi
      : needProblem === "mismatch" && table
        ? t.mdiMismatch(data.rows.length, table.rows)
        : undefined;

  const write = () => {
    if (!usable || !columns || !current.outcome) return;
    const outcome = current.outcome.outcome;
    void writer.write(() => ({
      sheets: [
        allocationSheet({
          data,
          analysis,
          areaColumn: config.areaColumn,
          settings: usable,
          columns,
          outcome,
          mdi: table,
          unscored:
            unscored && unscored.rows.length > 0 && choice
              ? { choice, areas: unscored, group: groupColumn?.name ?? null }
              : null,
          strings,
          language,
        }),
      ],
      done: () => notify("success", (s) => s.allocation.done(ALLOCATION_SHEET)),
    }));
  };

  return (
    <Section heading={t.heading} intro={t.intro}>
      <Notices notices={writer.notices} onDismiss={writer.dismiss} />
      <Field
        label={t.budget}
        hint={t.budgetHint}
        validationState={problems.budget ? "error" : "none"}
        validationMessage={problems.budget ? t.budgetProblems[problems.budget] : undefined}
      >
        <Input inputMode="numeric" value={inputs.budget} onChange={(_, d) => change({ budget: d.value })} />
      </Field>
      <Field
        label={t.need}
        hint={t.needHint}
        validationState={needMessage ? "warning" : "none"}
        validationMessage={needMessage}
      >
        <Dropdown
          value={needLabel(inputs.need)}
          selectedOptions={[inputs.need]}
          onOptionSelect={(_, d) => d.optionValue && change({ need: d.optionValue })}
        >
          {needOptions.map((c) => (
            <Option key={c} value={c} text={needLabel(c)}>
              {needLabel(c)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={t.population}
        validationState={problems.population ? "error" : "none"}
        validationMessage={problems.population ? t.populationMissing : undefined}
      >
        <Dropdown
          placeholder={t.chooseColumn}
          value={inputs.population ?? ""}
          selectedOptions={inputs.population ? [inputs.population] : []}
          onOptionSelect={(_, d) => change({ population: d.optionValue ?? null })}
        >
          {numericColumns.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {unscored && unscored.rows.length > 0 && (
        <UnscoredQuestion
          areas={unscored}
          choice={choice}
          group={groupColumn?.name ?? null}
          onChange={(next) => change({ unscored: next })}
        />
      )}
      <RuleFields inputs={inputs} problems={problems} onChange={change} />
      <BoundField
        which="floor"
        value={inputs.floor}
        problem={problems.floor}
        columns={numericColumns}
        onChange={(floor) => change({ floor })}
      />
      <BoundField
        which="cap"
        value={inputs.cap}
        problem={problems.cap}
        columns={numericColumns}
        onChange={(cap) => change({ cap })}
      />
      <div className={styles.row}>
        {inputs.compareWith ? (
          <>
            <Field label={t.compareWith}>
              <Dropdown
                value={t.rules[inputs.compareWith]}
                selectedOptions={[inputs.compareWith]}
                onOptionSelect={(_, d) => d.optionValue && change({ compareWith: d.optionValue as AllocationRule })}
              >
                {ALLOCATION_RULES.filter((r) => r !== inputs.rule).map((r) => (
                  <Option key={r} value={r}>
                    {t.rules[r]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button onClick={() => change({ compareWith: null })}>{t.stopComparing}</Button>
          </>
        ) : (
          <Button onClick={() => change({ compareWith: defaultComparison(inputs.rule) })}>
            {t.compareButton(t.rules[defaultComparison(inputs.rule)])}
          </Button>
        )}
      </div>
      {mdi.status === "reading" && <Spinner size="tiny" label={t.reading} />}
      {current.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{allocationErrorText(current.error, strings, language)}</MessageBarBody>
        </MessageBar>
      )}
      {compared?.error && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.comparisonFailed(
              t.rules[inputs.compareWith as AllocationRule],
              allocationErrorText(compared.error, strings, language),
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {current.outcome && <AllocationResults current={current.outcome} compared={compared?.outcome ?? null} />}
      <div className={styles.row}>
        <Button appearance="primary" onClick={write} disabled={!current.outcome || writer.busy}>
          {t.write}
        </Button>
        {writer.busy && <Spinner size="tiny" label={t.writing} />}
      </div>
      <ReplaceDialog {...writer.replaceDialog} />
    </Section>
  );
}
