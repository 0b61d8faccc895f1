import * as React from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useStrings } from "../../strings";
import type { ReplaceDialogProps } from "./types";

/** Asks before replacing a sheet that was edited by hand or that the add-in did not make. */
export function ReplaceDialog({ pending, onReplace, onCancel }: ReplaceDialogProps) {
  const t = useStrings().compute;
  return (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>
            <Body1>{t.replaceIntro}</Body1>
            <ul>
              {pending?.conflicts.map((c) => (
                <li key={c.name}>{c.state === "edited" ? t.edited(c.name) : t.foreign(c.name)}</li>
              ))}
            </ul>
            <Body1>{t.replaceQuestion}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              {t.replace}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
