import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../strings";
import type { NoticesProps } from "./types";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The pane's messages: errors say what to do; each can be dismissed. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  if (notices.length === 0) return null;
  return (
    <div className={styles.list}>
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text(strings, language)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => onDismiss(notice.id)}>
              {strings.errors.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
