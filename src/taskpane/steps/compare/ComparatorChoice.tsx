import * as React from "react";
import { Caption1, Checkbox, Label, makeStyles, tokens } from "@fluentui/react-components";
import { usePaged } from "../../components/ShowMore";
import { useStrings } from "../../strings";
import type { ComparatorChoiceProps } from "./types";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column" },
  message: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The comparison indicators as a labelled group of checkboxes (each checkbox is
 * its own labelled control, so the group is labelled by a heading rather than
 * wrapped in one Field), with what is missing said under it.
 */
export function ComparatorChoice({ candidates, chosen, onChange }: ComparatorChoiceProps) {
  const styles = useStyles();
  const t = useStrings().compare;
  const labelId = React.useId();
  const messageId = React.useId();
  const none = chosen.length === 0;
  const { shown, more } = usePaged(candidates);
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={none ? messageId : undefined}
      className={styles.group}
    >
      <Label id={labelId} weight="semibold">
        {t.comparators}
      </Label>
      {shown.map((c) => (
        <Checkbox key={c} label={c} checked={chosen.includes(c)} onChange={(_, d) => onChange(c, d.checked === true)} />
      ))}
      {more}
      {none && (
        <Caption1 id={messageId} className={styles.message}>
          {t.noneChosen}
        </Caption1>
      )}
    </div>
  );
}
