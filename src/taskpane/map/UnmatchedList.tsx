import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { usePaged } from "../components/ShowMore";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * Areas without a shape, or shapes without an area, named a page at a time under a disclosure: the counts
 * are in the join's summary; the names tell the user what to fix (another year's boundaries, a code typed
 * differently).
 */
export function UnmatchedList({ label, items }: { label: string; items: readonly string[] }) {
  const styles = useStyles();
  const { shown, more } = usePaged(items);
  if (items.length === 0) return null;
  return (
    <details>
      <summary>
        <Caption1>{`${label} (${items.length})`}</Caption1>
      </summary>
      <ul className={styles.list} aria-label={label}>
        {shown.map((item, i) => (
          <li key={i}>
            <Caption1>{item}</Caption1>
          </li>
        ))}
      </ul>
      {more}
    </details>
  );
}
