/** The page's message under its header: what was opened or exported, or why that failed. */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../hooks/useWorkbookFiles";

const useStyles = makeStyles({
  notice: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

export function PreviewNotice({
  notice,
  dismissLabel,
  onDismiss,
}: {
  notice: Notice;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  const styles = useStyles();
  return (
    <MessageBar
      className={styles.notice}
      intent={notice.intent}
      politeness={notice.intent === "error" ? "assertive" : "polite"}
      data-notice={notice.intent}
    >
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={dismissLabel} onClick={onDismiss}>
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}
