import * as React from "react";
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { useLanguage } from "../strings";
import type { UnscoredAreas } from "./compute";
import type { UnscoredChoice } from "./inputs";
import { formatCount } from "./format";

/**
 * The question the panel asks when areas with inhabitants have no need value (an MDI without a score):
 * leave them out (€ 0) or give them their group's average need. Nothing is shared out until it is answered,
 * so a third of a city never receives € 0 without the user having chosen it.
 */
export function UnscoredQuestion({
  areas,
  choice,
  group,
  onChange,
}: {
  areas: UnscoredAreas;
  choice: UnscoredChoice | null;
  /** The group column for the average (the MDI's local-decile group); null = none chosen. */
  group: string | null;
  onChange: React.Dispatch<UnscoredChoice>;
}) {
  const { strings, language } = useLanguage();
  const t = strings.allocation.unscored;
  const question = t.question(areas.rows.length, formatCount(areas.inhabitants, language));
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{question}</MessageBarBody>
      </MessageBar>
      <Field
        label={t.label}
        required
        validationState={choice === null ? "warning" : "none"}
        validationMessage={choice === null ? t.choose : undefined}
      >
        <RadioGroup value={choice ?? ""} onChange={(_, d) => onChange(d.value as UnscoredChoice)}>
          <Radio value="leaveOut" label={t.leaveOut} />
          <Radio
            value="groupAverage"
            label={group ? t.groupAverage(group) : t.noGroup}
            disabled={group === null}
          />
        </RadioGroup>
      </Field>
    </>
  );
}
