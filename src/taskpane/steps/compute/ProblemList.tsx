import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Problem } from "../../model/validate";
import { problemText } from "../../state/messages";
import { useStrings } from "../../strings";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: "1.25em" } });

/** What still blocks computing, each with what to do. */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const styles = useStyles();
  const strings = useStrings();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.compute.blocked}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={i}>{problemText(p, strings)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
