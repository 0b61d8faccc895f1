import * as React from "react";
import { Dropdown, Field, Input, Option, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../strings";
import type { AmountProblem, BoundInput, BoundMode } from "./inputs";

const useStyles = makeStyles({
  bound: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const MODES: readonly BoundMode[] = ["none", "amount", "column"];

export interface BoundFieldProps {
  /** "floor" or "cap": which labels to use. */
  readonly which: "floor" | "cap";
  readonly value: BoundInput;
  readonly problem: AmountProblem | "noColumn" | undefined;
  /** Numeric columns of the data to take one bound per area from. */
  readonly columns: readonly string[];
  readonly onChange: React.Dispatch<BoundInput>;
}

/** An optional floor or cap: none, one amount for every area, or one per area from a column of the data. */
export function BoundField({ which, value, problem, columns, onChange }: BoundFieldProps) {
  const styles = useStyles();
  const t = useStrings().allocation;
  const label = which === "floor" ? t.floor : t.cap;
  const message = problem ? t.boundProblems[problem] : undefined;
  return (
    <div className={styles.bound}>
      <Field label={label} hint={which === "floor" ? t.floorHint : t.capHint}>
        <RadioGroup
          layout="horizontal"
          value={value.mode}
          onChange={(_, d) => onChange({ ...value, mode: d.value as BoundMode })}
        >
          {MODES.map((mode) => (
            <Radio key={mode} value={mode} label={t.boundModes[mode]} />
          ))}
        </RadioGroup>
      </Field>
      {value.mode === "amount" && (
        <Field label={t.boundAmount(label)} validationState={message ? "error" : "none"} validationMessage={message}>
          <Input
            inputMode="decimal"
            value={value.amount}
            onChange={(_, d) => onChange({ ...value, amount: d.value })}
          />
        </Field>
      )}
      {value.mode === "column" && (
        <Field label={t.boundColumn(label)} validationState={message ? "error" : "none"} validationMessage={message}>
          <Dropdown
            placeholder={t.chooseColumn}
            value={value.column ?? ""}
            selectedOptions={value.column ? [value.column] : []}
            onOptionSelect={(_, d) => onChange({ ...value, column: d.optionValue ?? null })}
          >
            {columns.map((c) => (
              <Option key={c} value={c}>
                {c}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}
